namespace OneStop.Contracts;

public sealed record GasRequest(decimal PeakLoadM3PerHour, Usage Usage);
