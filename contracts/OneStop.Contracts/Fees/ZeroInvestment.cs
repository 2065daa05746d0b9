namespace OneStop.Contracts.Fees;

/// <summary>A zero-investment rule (三零 / 三省) that applied to a quote, its basis, and who bears what it waives.</summary>
public sealed record ZeroInvestment(string Code, string NameZh, string NameEn, string Basis, string BorneByZh, string BorneByEn);
