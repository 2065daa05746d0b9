namespace OneStop.Contracts.JointSteps;

/// <summary>
/// A utility reports that a booked joint visit did not take place: the applicant was not there, or the utility was not;
/// or, for a remote acceptance (云验收), that the photos are not enough and it must see the works (SiteVisitNeeded).
/// </summary>
public sealed record UtilityVisitMissed(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    Guid VisitId,
    JointStep Step,
    bool MissedByApplicant,
    string Note,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    bool SiteVisitNeeded = false);
