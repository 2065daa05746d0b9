namespace OneStop.Contracts.Approvals;

/// <summary>The latest outcome of the joint external-works approval of a utility's trench, as its case keeps it, and the works window.</summary>
public sealed record WorksApprovalOutcome(
    Guid ApprovalId, int Round, ExternalWorksApprovalStatus Status, DateOnly? WorksFrom, DateOnly? WorksUntil, Department? RejectedBy, string? Reason,
    DateTimeOffset DecidedAt)
{
    public bool LetsWorksStart() => Status is ExternalWorksApprovalStatus.Approved or ExternalWorksApprovalStatus.CommitmentFiled;
}
