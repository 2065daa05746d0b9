namespace OneStop.Contracts;

/// <summary>The customer declared its own construction works complete, through intake: the utility's next stage can start.</summary>
public sealed record CustomerWorksCompleted(
    Guid ApplicationId,
    UtilityKind Utility,
    string? Note,
    DateTimeOffset DeclaredAt);
