using OneStop.Contracts;

namespace OneStop.Electricity;

/// <summary>供电公司 electricity: the capacity applied for and what the power is used for.</summary>
public sealed record ElectricityDetails(decimal CapacityKw, Usage Usage);
