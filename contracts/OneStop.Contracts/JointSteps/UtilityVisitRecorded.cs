namespace OneStop.Contracts.JointSteps;

/// <summary>A utility recorded the outcome of its part of a joint visit: for a survey its findings, for an acceptance its result.</summary>
public sealed record UtilityVisitRecorded(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    Guid VisitId,
    JointStep Step,
    SurveyFindings? Findings,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    AcceptanceResult? Acceptance = null);
