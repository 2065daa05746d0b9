namespace OneStop.Contracts.JointSteps;

/// <summary>
/// Every utility in the joint visit has recorded it: what they found is final (the joint approval of external works is
/// filed on it), so no utility changes its findings any more.
/// </summary>
public sealed record JointVisitCompleted(Guid ApplicationId, Guid VisitId, JointStep Step, IReadOnlyList<UtilityKind> Utilities, DateTimeOffset CompletedAt);
