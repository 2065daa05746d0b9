namespace OneStop.Contracts;

/// <summary>Published by intake once a joint application is accepted; every utility service decides whether it is asked.</summary>
public sealed record JointApplicationSubmitted(
    Guid ApplicationId,
    string ApplicationNumber,
    DateTimeOffset SubmittedAt,
    Applicant Applicant,
    Site Site,
    UtilityRequests Utilities);
