using OneStop.Contracts.Fees;

namespace OneStop.Fees;

/// <summary>
/// A zero-investment rule (三零, 三省, a local government bearing the external line): when it applies, the items of the
/// parts it <see cref="Waives"/> leave the applicant's bill, paid by whom <see cref="BorneByZh"/> names.
/// </summary>
public sealed record ZeroInvestmentRule(
    string Code, string NameZh, string NameEn, string Basis, IReadOnlyList<FeePart> Waives, string BorneByZh, string BorneByEn, DateOnly ValidFrom,
    DateOnly? ValidUntil = null, FeeConditions? When = null) : IValidity
{
    public ZeroInvestment ToContract() => new(Code, NameZh, NameEn, Basis, BorneByZh, BorneByEn);
}
