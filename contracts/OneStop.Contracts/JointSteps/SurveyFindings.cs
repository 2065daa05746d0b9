using OneStop.Contracts.Approvals;

namespace OneStop.Contracts.JointSteps;

/// <summary>
/// What a utility's surveyor found on site: whether external works (外线工程) are needed to connect, and if so their
/// length in metres, route and what the route does to public space (which decides the permits), which the joint
/// external-works approval and the fee build on.
/// </summary>
public sealed record SurveyFindings(
    bool ExternalWorksNeeded, int? ExternalWorksMetres, string? ExternalWorksRoute, string Findings, IReadOnlyList<RouteFeature>? RouteFeatures = null);
