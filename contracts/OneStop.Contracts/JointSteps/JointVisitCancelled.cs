namespace OneStop.Contracts.JointSteps;

/// <summary>
/// A booked visit did not take place and must be booked again. When the applicant missed it, the utilities' clocks
/// stand until the new booking (the applicant's time); when a utility missed it, they run on.
/// </summary>
public sealed record JointVisitCancelled(
    Guid ApplicationId,
    Guid VisitId,
    JointStep Step,
    IReadOnlyList<UtilityKind> Utilities,
    bool MissedByApplicant,
    DateTimeOffset CancelledAt);
