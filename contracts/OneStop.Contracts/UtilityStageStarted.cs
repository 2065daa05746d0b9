namespace OneStop.Contracts;

/// <summary>A stage's clock started: on receipt (acceptance), after the previous stage, or after the customer's works.</summary>
public sealed record UtilityStageStarted(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    StageName Stage,
    DateTimeOffset StartedAt,
    UtilityCaseState State) : IUtilityCaseEvent;
