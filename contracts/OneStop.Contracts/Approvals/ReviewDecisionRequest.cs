namespace OneStop.Contracts.Approvals;

/// <summary>
/// POST /api/approvals/{id}/decision: the signed-in approver's department decides its review; a rejection or correction
/// says why. Round, when given, is the round the approver read: a decision on a route filed again since is refused (409).
/// </summary>
public sealed record ReviewDecisionRequest(ReviewDecision? Decision, string? Reason, int? Round = null);
