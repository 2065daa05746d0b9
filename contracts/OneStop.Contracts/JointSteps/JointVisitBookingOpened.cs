namespace OneStop.Contracts.JointSteps;

/// <summary>Every utility has the application and those named need a joint visit: the applicant is asked to book it.</summary>
public sealed record JointVisitBookingOpened(
    Guid ApplicationId,
    Guid VisitId,
    JointStep Step,
    IReadOnlyList<UtilityKind> Utilities,
    DateTimeOffset OpenedAt);
