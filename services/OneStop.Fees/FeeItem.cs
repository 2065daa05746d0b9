using OneStop.Contracts.Fees;

namespace OneStop.Fees;

/// <summary>
/// One item of a schedule: its name, the price authority's approval it rests on, its formula and rate in fen, the
/// part of the connection it pays for, when it applies, and the days it is valid (both included; no end: until replaced).
/// </summary>
public sealed record FeeItem(
    string Code, string NameZh, string NameEn, string Basis, FeeFormula Formula, FeePart Part, long RateFen, DateOnly ValidFrom,
    DateOnly? ValidUntil = null, FeeConditions? When = null) : IValidity;
