namespace OneStop.Contracts.Contractors;

/// <summary>
/// One page of the directory's companies that match a search (GET /api/intake/contractors), those whose licence has
/// run out left out, and the rule that the choice is the applicant's own (no 三指定).
/// </summary>
public sealed record ContractorDirectoryView(IReadOnlyList<Contractor> Contractors, int Total, int Page, int PageSize, string Rule);
