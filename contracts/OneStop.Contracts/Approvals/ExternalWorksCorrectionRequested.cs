namespace OneStop.Contracts.Approvals;

/// <summary>A department asks the utilities sharing the trench to correct the combined application; its clock stands until they answer.</summary>
public sealed record ExternalWorksCorrectionRequested(
    Guid ApplicationId, Guid ApprovalId, Department Department, string Needed, IReadOnlyList<UtilityKind> Utilities, DateTimeOffset RequestedAt);
