namespace OneStop.Contracts.Contractors;

/// <summary>
/// A qualified company in the published directory: the utilities whose customer works it may design or build, the
/// regions it serves (2-, 4- or 6-digit division prefixes), its qualification and licence, and how to reach it.
/// </summary>
public sealed record Contractor(
    string Name, string CreditCode, IReadOnlyList<UtilityKind> Utilities, IReadOnlyList<ContractorWork> Works, IReadOnlyList<string> Regions,
    string Qualification, string LicenceNumber, DateOnly LicenceValidUntil, string Phone, string Address);
