namespace OneStop.Contracts;

/// <summary>A utility that needs a document, and the stage it cannot complete without it (null: from the start).</summary>
public sealed record DocumentNeed(UtilityKind Utility, string? BeforeStage);
