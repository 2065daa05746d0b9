namespace OneStop.Contracts;

/// <summary>The utility has the applicant's correction and works on, towards the deadline in State.</summary>
public sealed record UtilityClockResumed(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    Guid CorrectionId,
    DateTimeOffset ResumedAt,
    UtilityCaseState State) : IUtilityCaseEvent;
