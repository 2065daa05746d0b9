using OneStop.Contracts;
using OneStop.Contracts.Intake;

namespace OneStop.Intake.Applications.Submit;

/// <summary>From a validated request to the contract's value types; only called after the validator found nothing.</summary>
public static class SubmitApplicationMapping
{
    public static Applicant ToApplicant(this ApplicantInput input) => new(
        SubmitApplicationValidator.ParseApplicantType(input.Type)!.Value,
        input.Name!.Trim(),
        input.ContactName!.Trim(),
        input.Phone!.Trim(),
        string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim());

    public static string ToIdNumber(this ApplicantInput input) => SubmitApplicationValidator.Normalize(input.IdNumber);

    public static Site ToSite(this SiteInput input) => new(input.Address!.Trim(), input.RegionCode!.Trim());

    public static UtilityRequests ToRequests(this UtilitiesInput input) => new(
        input.Electricity is { } e
            ? new ElectricityRequest(e.CapacityKw!.Value, Usage(e.Usage), SubmitApplicationValidator.ParsePowerSource(e.PowerSource) ?? PowerSource.Single)
            : null,
        input.Water is { } w ? new WaterRequest(w.PipeDiameterMm!.Value, Usage(w.Usage)) : null,
        input.Gas is { } g ? new GasRequest(g.PeakLoadM3PerHour!.Value, Usage(g.Usage)) : null,
        input.Heat is { } h ? new HeatRequest(h.HeatedAreaM2!.Value) : null,
        input.Network is { } n ? new NetworkRequest(n.BandwidthMbps!.Value) : null);

    private static Usage Usage(string? usage) => SubmitApplicationValidator.ParseUsage(usage)!.Value;
}
