namespace OneStop.Contracts;

/// <summary>
/// Published by intake once a joint application is accepted; every utility service decides whether it is asked.
/// ApplicantKey is the blind index (keyed HMAC) of the applicant's identity number under the deployment's personal-data
/// key: equal for the same applicant in every service, so a service can recognise the applicant's own requests without
/// ever holding the number. Documents are references (ids and SHA-256 hashes) with the utilities that need each and
/// any signed commitment (容缺) still open; a utility reads the content from intake as its operator.
/// </summary>
public sealed record JointApplicationSubmitted(
    Guid ApplicationId,
    string ApplicationNumber,
    DateTimeOffset SubmittedAt,
    string ApplicantKey,
    Applicant Applicant,
    Site Site,
    UtilityRequests Utilities,
    IReadOnlyList<SubmittedDocument>? Documents = null);
