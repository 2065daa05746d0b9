using OneStop.Contracts.Approvals;

namespace OneStop.Contracts.Utilities;

// What an operator sends to act on a case (POST /api/{utility}/applications/{id}/…), as each utility's API takes it;
// nullable so that a missing value reaches the service's own checks.

/// <summary>…/reject: the reason the applicant reads.</summary>
public sealed record RejectRequest(string? Reason);

/// <summary>…/corrections: what the applicant must correct (the clock pauses).</summary>
public sealed record CorrectionRequest(string? Needed);

/// <summary>…/assign (supervisors): the operator, by user name, who answers for the case from now on.</summary>
public sealed record AssignRequest(string? Operator);

/// <summary>…/complete: the current stage, with the data it produced by field name.</summary>
public sealed record CompleteRequest(string? Stage, Dictionary<string, string>? Data);

/// <summary>
/// …/survey: what the surveyor found on the joint visit. External works need their length (metres) and route; the
/// findings are the surveyor's own words.
/// </summary>
public sealed record SurveyFindingsRequest(
    bool? ExternalWorksNeeded, int? ExternalWorksMetres, string? ExternalWorksRoute, string? Findings, IReadOnlyList<RouteFeature>? RouteFeatures = null);

/// <summary>…/visit-missed: the booked joint visit did not take place; by whom ("applicant" or "utility") and what happened.</summary>
public sealed record VisitMissedRequest(string? MissedBy, string? Note);

/// <summary>…/joint-acceptance: this utility's result of the joint acceptance: passed, or not with the defects to put right.</summary>
public sealed record AcceptanceResultRequest(bool? Passed, string? Remarks);

/// <summary>…/joint-acceptance/site-visit: the photos of a remote acceptance are not enough; why the inspector must come.</summary>
public sealed record SiteVisitRequest(string? Note);
