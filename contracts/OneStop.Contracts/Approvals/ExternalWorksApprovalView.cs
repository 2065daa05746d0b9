namespace OneStop.Contracts.Approvals;

/// <summary>The combined external-works application as the departments, the utilities sharing the trench and regulators read it.</summary>
public sealed record ExternalWorksApprovalView(
    Guid Id,
    Guid ApplicationId,
    string ApplicationNumber,
    string Address,
    int Round,
    ExternalWorksApprovalStatus Status,
    IReadOnlyList<ExternalWorks> Works,
    IReadOnlyList<UtilityKind> OnCommitment,
    IReadOnlyList<DepartmentReviewView> Reviews,
    DateOnly? WorksFrom,
    DateOnly? WorksUntil,
    DateTimeOffset FiledAt,
    DateTimeOffset? DecidedAt);
