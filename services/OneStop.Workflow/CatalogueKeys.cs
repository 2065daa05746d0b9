using OneStop.Contracts;

namespace OneStop.Workflow;

/// <summary>Which catalogue a request follows: for electricity by voltage (160 kW), usage and power sources.</summary>
public static class CatalogueKeys
{
    public const string ElectricityLowVoltageResidential = "electricity-low-voltage-residential";
    public const string ElectricityLowVoltageNonResidential = "electricity-low-voltage-non-residential";
    public const string ElectricityHighVoltageSingleSource = "electricity-high-voltage-single-source";
    public const string ElectricityHighVoltageDualSource = "electricity-high-voltage-dual-source";
    public const string Water = "water";
    public const string Gas = "gas";
    public const string Heat = "heat";
    public const string Network = "network";

    /// <summary>The catalogue for <paramref name="utility"/>'s part of the requests, or null when it was not asked.</summary>
    public static string? For(UtilityKind utility, UtilityRequests requests) => utility switch
    {
        UtilityKind.Electricity => requests.Electricity is { } electricity ? ForElectricity(electricity) : null,
        UtilityKind.Water => requests.Water is null ? null : Water,
        UtilityKind.Gas => requests.Gas is null ? null : Gas,
        UtilityKind.Heat => requests.Heat is null ? null : Heat,
        UtilityKind.Network => requests.Network is null ? null : Network,
        _ => null,
    };

    /// <summary>The utility whose catalogue <paramref name="key"/> is.</summary>
    public static UtilityKind UtilityOf(string key) =>
        key.StartsWith("electricity-", StringComparison.Ordinal) ? UtilityKind.Electricity : Enum.Parse<UtilityKind>(key, ignoreCase: true);

    private static string ForElectricity(ElectricityRequest request) => request.IsLowVoltage()
        ? request.Usage == Usage.Residential ? ElectricityLowVoltageResidential : ElectricityLowVoltageNonResidential
        : request.PowerSource == PowerSource.Dual ? ElectricityHighVoltageDualSource : ElectricityHighVoltageSingleSource;
}
