namespace OneStop.Contracts.Approvals;

/// <summary>POST /api/approvals/{id}/resubmission: after a rejection, a utility files the revised shared route again.</summary>
public sealed record ApprovalResubmissionRequest(string? Route, IReadOnlyList<RouteFeature>? RouteFeatures);
