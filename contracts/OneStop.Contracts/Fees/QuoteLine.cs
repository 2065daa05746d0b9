namespace OneStop.Contracts.Fees;

/// <summary>
/// One item of a quote: what it is, the price authority's approval it rests on, and how its amount follows from the
/// case. <see cref="AmountFen"/> is null while its quantity is not yet known (an external line before the survey);
/// <see cref="WaivedBy"/> names the zero-investment rule that takes it off the applicant's bill.
/// </summary>
public sealed record QuoteLine(
    string Code, string NameZh, string NameEn, string Basis, FeePart Part, FeeFormula Formula, long RateFen, decimal? Quantity, long? AmountFen,
    string? WaivedBy);
