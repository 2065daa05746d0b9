using OneStop.Contracts;

namespace OneStop.Electricity;

/// <summary>供电公司 electricity: the capacity applied for, what the power is used for, and (high voltage) how many sources.</summary>
public sealed record ElectricityDetails(decimal CapacityKw, Usage Usage, PowerSource PowerSource);
