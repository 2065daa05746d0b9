namespace OneStop.Contracts;

/// <summary>A stage has passed its deadline: raised once per stage by the utility's SLA watcher, for its supervisors.</summary>
public sealed record UtilityStageOverdue(
    Guid ApplicationId,
    string ApplicationNumber,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    StageName Stage,
    DateTimeOffset DueAt,
    CalendarBasis? DueCalendar = null);
