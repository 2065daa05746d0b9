namespace OneStop.Contracts.Documents;

/// <summary>POST /api/intake/documents/search: the counter names the walk-in applicant in a body, never in a URL.</summary>
public sealed record DocumentSearchRequest(string? IdNumber);
