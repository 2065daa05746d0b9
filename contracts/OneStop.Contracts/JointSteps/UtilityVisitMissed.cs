namespace OneStop.Contracts.JointSteps;

/// <summary>A utility reports that a booked joint visit did not take place: the applicant was not there, or the utility was not.</summary>
public sealed record UtilityVisitMissed(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    Guid VisitId,
    JointStep Step,
    bool MissedByApplicant,
    string Note,
    string ReportedBy,
    DateTimeOffset ReportedAt);
