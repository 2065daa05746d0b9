namespace OneStop.Contracts.JointSteps;

/// <summary>
/// The applicant (or the counter) booked the joint visit, or moved it: every utility named comes at Start. A utility
/// whose clock stood while the visit was unbooked runs it again from BookedAt. A remote acceptance (云验收) takes place
/// at once: the utilities review the applicant's photos (Evidence, documents in intake) instead of coming.
/// </summary>
public sealed record JointVisitScheduled(
    Guid ApplicationId,
    Guid VisitId,
    JointStep Step,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<UtilityKind> Utilities,
    DateTimeOffset BookedAt,
    bool Remote = false);
