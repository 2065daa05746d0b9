using OneStop.Contracts;
using OneStop.Contracts.Fees;

namespace OneStop.Fees;

/// <summary>
/// What a quote is computed from: the request, who applies and where, the day (which items are in force), and what
/// the case learnt since — the external line's length once the joint survey measured it, the listed park the site is in.
/// </summary>
public sealed record FeeInputs(
    UtilityKind Utility, ApplicantType ApplicantType, string RegionCode, UtilityRequests Requests, DateOnly On, int? ExternalLineMetres = null,
    string? ParkCode = null)
{
    public Usage? Usage => Utility switch
    {
        UtilityKind.Electricity => Requests.Electricity?.Usage,
        UtilityKind.Water => Requests.Water?.Usage,
        UtilityKind.Gas => Requests.Gas?.Usage,
        _ => null,
    };

    /// <summary>
    /// The quantity a formula multiplies its rate by; null while it is not known yet: the external line until the survey
    /// measured it (0: none), a size the guide was not told (a request always has one above 0).
    /// </summary>
    public decimal? Quantity(FeeFormula formula) => formula switch
    {
        FeeFormula.Fixed => 1,
        FeeFormula.PerKw => Given(Requests.Electricity?.CapacityKw),
        FeeFormula.PerMmDiameter => Given(Requests.Water?.PipeDiameterMm),
        FeeFormula.PerMetre => ExternalLineMetres,
        FeeFormula.PerM2 => Given(Requests.Heat?.HeatedAreaM2),
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, null),
    };

    /// <summary>The name of what a formula measures, as a quote's <see cref="FeeQuote.Pending"/> names it.</summary>
    public static string InputOf(FeeFormula formula) => formula switch
    {
        FeeFormula.PerKw => "capacityKw",
        FeeFormula.PerMmDiameter => "pipeDiameterMm",
        FeeFormula.PerMetre => FeeQuote.SurveyedLength,
        FeeFormula.PerM2 => "heatedAreaM2",
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, null),
    };

    private static decimal? Given(decimal? size) => size > 0 ? size : null;
}
