namespace OneStop.Contracts;

public sealed record Applicant(ApplicantType Type, string Name, string IdNumber, string ContactName, string Phone);
