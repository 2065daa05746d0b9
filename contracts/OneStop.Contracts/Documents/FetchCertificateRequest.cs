namespace OneStop.Contracts.Documents;

/// <summary>
/// POST /api/intake/certificates: the kind of certificate, and at the counter the walk-in applicant's identity number;
/// nullable so that a missing value reaches the service's own checks.
/// </summary>
public sealed record FetchCertificateRequest(string? Type, string? IdNumber);
