namespace OneStop.Contracts;

/// <summary>
/// The utility has what the applicant owed and works on, towards the deadline in State. CorrectionId is the pause that
/// ended (named when corrections were the only pause that ends this way); PausedFor says which kind it was.
/// </summary>
public sealed record UtilityClockResumed(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    Guid CorrectionId,
    DateTimeOffset ResumedAt,
    UtilityCaseState State,
    Utilities.PauseKind PausedFor = Utilities.PauseKind.Correction) : IUtilityCaseEvent;
