namespace OneStop.Contracts;

/// <summary>Above 160 kW the connection is high voltage; PowerSource matters only there.</summary>
public sealed record ElectricityRequest(decimal CapacityKw, Usage Usage, PowerSource PowerSource = PowerSource.Single)
{
    public const decimal LowVoltageLimitKw = 160;

    public bool IsLowVoltage() => CapacityKw <= LowVoltageLimitKw;
}
