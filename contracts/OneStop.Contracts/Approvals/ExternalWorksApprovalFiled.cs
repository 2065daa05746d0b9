namespace OneStop.Contracts.Approvals;

/// <summary>
/// The combined application is with the departments, each to decide by its own due date (none: no permit is needed);
/// the works of the utilities in <paramref name="OnCommitment"/> need no permit of their own (they dig in the same
/// trench when others need one).
/// </summary>
public sealed record ExternalWorksApprovalFiled(
    Guid ApplicationId, Guid ApprovalId, int Round, IReadOnlyList<UtilityKind> Utilities, IReadOnlyDictionary<Department, DateOnly> DueDates,
    IReadOnlyList<UtilityKind> OnCommitment, DateTimeOffset FiledAt);
