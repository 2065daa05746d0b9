namespace OneStop.Contracts.Guide;

/// <summary>A utility's stages for the case's catalogue, their time limits in working days, and its fee.</summary>
public sealed record UtilityGuide(UtilityKind Utility, string Catalogue, IReadOnlyList<StageDefinition> Stages, double TotalWorkingDays, Fee Fee);
