namespace OneStop.Contracts.Approvals;

/// <summary>The joint survey found external works: one combined application for the whole trench goes to the departments.</summary>
public sealed record ExternalWorksApprovalRequested(
    Guid ApplicationId, string ApplicationNumber, Site Site, IReadOnlyList<ExternalWorks> Works, DateTimeOffset RequestedAt);
