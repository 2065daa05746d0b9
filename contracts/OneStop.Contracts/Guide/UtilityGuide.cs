using OneStop.Contracts.Fees;

namespace OneStop.Contracts.Guide;

/// <summary>
/// A utility's stages for the case's catalogue, their time limits in working days, and what it costs: the quote its
/// published schedule gives for what the guide was told, waiting for the survey where a line is charged by length.
/// </summary>
public sealed record UtilityGuide(UtilityKind Utility, string Catalogue, IReadOnlyList<StageDefinition> Stages, double TotalWorkingDays, FeeQuote Estimate);
