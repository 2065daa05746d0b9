namespace OneStop.Contracts;

/// <summary>
/// 客户经理: the utility's operator who now answers for the case (claimed from the queue, assigned or reassigned by a
/// supervisor), by name, with the utility's service hotline where one is configured. The newest AssignedAt wins.
/// </summary>
public sealed record UtilityCaseAssigned(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    string ManagerName,
    string? Hotline,
    DateTimeOffset AssignedAt);
