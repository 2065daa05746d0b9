using OneStop.Contracts;
using OneStop.Contracts.Approvals;

namespace OneStop.Identity.Accounts;

/// <summary>A user of the built-in issuer. IdNumber is an applicant's verified identity; Utility an operator's company;
/// Department an approver's government department.</summary>
public sealed record Account(string UserName, string Name, string Role, UtilityKind? Utility = null, string? IdNumber = null,
    Department? Department = null);
