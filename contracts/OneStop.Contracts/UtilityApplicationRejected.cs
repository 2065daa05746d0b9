namespace OneStop.Contracts;

/// <summary>The utility will not connect (不予受理 / 终止): the other utilities of the joint application carry on.</summary>
public sealed record UtilityApplicationRejected(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    StageName Stage,
    string Reason,
    DateTimeOffset RejectedAt,
    UtilityCaseState State) : IUtilityCaseEvent;
