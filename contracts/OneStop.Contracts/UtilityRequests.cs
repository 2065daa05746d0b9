namespace OneStop.Contracts;

/// <summary>The per-utility requests of one joint application; a utility that was not asked for is null.</summary>
public sealed record UtilityRequests(
    ElectricityRequest? Electricity = null,
    WaterRequest? Water = null,
    GasRequest? Gas = null,
    HeatRequest? Heat = null,
    NetworkRequest? Network = null)
{
    public IReadOnlyList<UtilityKind> Requested() =>
        Enum.GetValues<UtilityKind>().Where(IsRequested).ToList();

    public bool IsRequested(UtilityKind utility) => utility switch
    {
        UtilityKind.Electricity => Electricity is not null,
        UtilityKind.Water => Water is not null,
        UtilityKind.Gas => Gas is not null,
        UtilityKind.Heat => Heat is not null,
        UtilityKind.Network => Network is not null,
        _ => false,
    };
}
