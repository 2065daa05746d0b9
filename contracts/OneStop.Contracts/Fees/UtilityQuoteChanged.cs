namespace OneStop.Contracts.Fees;

/// <summary>
/// Published by a utility when what the case learnt moved its quote (the joint survey measured the external line):
/// the quote now, what the applicant was to pay before (null for a case opened before fees), and why (中文 / English).
/// The first quote travels with <see cref="UtilityApplicationReceived"/>.
/// </summary>
public sealed record UtilityQuoteChanged(
    Guid ApplicationId, UtilityKind Utility, Guid UtilityApplicationId, FeeQuote Quote, long? PreviousPayableFen, string Because, DateTimeOffset ChangedAt);
