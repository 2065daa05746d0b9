namespace OneStop.Contracts;

/// <summary>A stage (环节) of a utility's workflow, by its code and as the applicant reads it.</summary>
public sealed record StageName(string Code, string Chinese, string English);
