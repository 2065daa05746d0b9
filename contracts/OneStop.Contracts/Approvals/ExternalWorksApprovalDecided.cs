namespace OneStop.Contracts.Approvals;

/// <summary>
/// The outcome for the whole trench, told to every utility sharing it: approved or filed on commitment with one works
/// window for all (同步开挖、同敷管线、一次回填), or rejected by a department with its reason.
/// </summary>
public sealed record ExternalWorksApprovalDecided(
    Guid ApplicationId,
    Guid ApprovalId,
    int Round,
    ExternalWorksApprovalStatus Outcome,
    IReadOnlyList<UtilityKind> Utilities,
    DateOnly? WorksFrom,
    DateOnly? WorksUntil,
    Department? RejectedBy,
    string? Reason,
    DateTimeOffset DecidedAt);
