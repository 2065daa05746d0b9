namespace OneStop.Contracts.Utilities;

/// <summary>客户经理: the operator who answers for a case, by user name (to assign again) and by name (to show), since when.</summary>
public sealed record CaseManagerView(string UserName, string Name, DateTimeOffset AssignedAt);
