namespace OneStop.Contracts;

/// <summary>补正: the utility needs something from the applicant; its clock is paused until intake relays the answer.</summary>
public sealed record UtilityCorrectionRequested(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    Guid CorrectionId,
    StageName Stage,
    string Needed,
    DateTimeOffset RequestedAt,
    UtilityCaseState State) : IUtilityCaseEvent;
