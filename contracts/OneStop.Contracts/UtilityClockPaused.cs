namespace OneStop.Contracts;

/// <summary>The running stage's clock stands again, outside a correction: the applicant owes what PausedFor names.</summary>
public sealed record UtilityClockPaused(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    StageName Stage,
    Utilities.PauseKind PausedFor,
    DateTimeOffset PausedAt,
    UtilityCaseState State) : IUtilityCaseEvent;
