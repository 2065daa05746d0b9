namespace OneStop.Contracts.Intake;

/// <summary>An application in a list (GET /api/intake/applications, POST …/search): where it and each utility stand.</summary>
public sealed record ApplicationSummary(Guid Id, string Number, ApplicationStatus Status, DateTimeOffset SubmittedAt, string ApplicantName,
    IReadOnlyList<UtilitySummary> Utilities);

public sealed record UtilitySummary(UtilityKind Utility, UtilityStatus Status);

/// <summary>The counter's search by identity number, sent in a body so that the number never sits in a URL or a log.</summary>
public sealed record ApplicationSearchRequest(string? IdNumber);
