using System.Text.Json.Serialization;
using OneStop.Contracts;

namespace OneStop.Fees;

/// <summary>
/// When an item or a rule applies; every condition given must hold, one not given holds always. Capacities compare
/// the capacity applied for: <see cref="UpToKw"/> includes its bound (≤ 160 kW), <see cref="AboveKw"/> does not.
/// </summary>
public sealed record FeeConditions(
    Voltage? Voltage = null, IReadOnlyList<ApplicantType>? ApplicantTypes = null, IReadOnlyList<Usage>? Usages = null, PowerSource? PowerSource = null,
    decimal? UpToKw = null, decimal? AboveKw = null, bool? InListedPark = null)
{
    public bool HoldFor(FeeInputs inputs, bool inListedPark)
    {
        var electricity = inputs.Requests.Electricity;
        return (Voltage is null || electricity is not null && (electricity.IsLowVoltage() ? Fees.Voltage.Low : Fees.Voltage.High) == Voltage)
            && (ApplicantTypes is null || ApplicantTypes.Contains(inputs.ApplicantType))
            && (Usages is null || inputs.Usage is { } usage && Usages.Contains(usage))
            && (PowerSource is null || electricity?.PowerSource == PowerSource)
            && (UpToKw is null || electricity is not null && electricity.CapacityKw <= UpToKw)
            && (AboveKw is null || electricity is not null && electricity.CapacityKw > AboveKw)
            && (InListedPark is null || InListedPark == inListedPark);
    }

    /// <summary>Conditions only electricity can meet: a schedule of another utility that uses them never applies them.</summary>
    [JsonIgnore]
    public bool AreElectricityOnly => Voltage is not null || PowerSource is not null || UpToKw is not null || AboveKw is not null;
}

[JsonConverter(typeof(CamelCaseEnumConverter<Voltage>))]
public enum Voltage
{
    /// <summary>低压: up to 160 kW.</summary>
    Low,
    /// <summary>高压: 10 kV and above.</summary>
    High,
}
