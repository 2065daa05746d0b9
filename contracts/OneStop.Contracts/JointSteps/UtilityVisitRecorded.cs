namespace OneStop.Contracts.JointSteps;

/// <summary>A utility recorded the outcome of its part of a joint visit: for a survey, its findings.</summary>
public sealed record UtilityVisitRecorded(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    Guid VisitId,
    JointStep Step,
    SurveyFindings Findings,
    string RecordedBy,
    DateTimeOffset RecordedAt);
