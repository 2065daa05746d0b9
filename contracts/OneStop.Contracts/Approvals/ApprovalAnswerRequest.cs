namespace OneStop.Contracts.Approvals;

/// <summary>POST /api/approvals/{id}/answer: a utility sharing the trench answers the departments' correction requests.</summary>
public sealed record ApprovalAnswerRequest(string? Answer);
