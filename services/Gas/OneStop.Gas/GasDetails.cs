using OneStop.Contracts;

namespace OneStop.Gas;

/// <summary>燃气公司 gas: the peak hourly load and the gas's use.</summary>
public sealed record GasDetails(decimal PeakLoadM3PerHour, Usage Usage);
