namespace OneStop.Contracts;

/// <summary>The last stage is done: the utility is connected. OnTime when every stage was within its limit.</summary>
public sealed record UtilityConnected(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    DateTimeOffset ConnectedAt,
    double WorkingDays,
    bool OnTime,
    UtilityCaseState State) : IUtilityCaseEvent;
