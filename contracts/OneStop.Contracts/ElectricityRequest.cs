namespace OneStop.Contracts;

public sealed record ElectricityRequest(decimal CapacityKw, Usage Usage);
