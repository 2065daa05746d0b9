namespace OneStop.Contracts;

/// <summary>A stage has used 80% of its limit: raised once per deadline by the utility's SLA watcher, for its supervisors.</summary>
public sealed record UtilityStageDueSoon(
    Guid ApplicationId,
    string ApplicationNumber,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    StageName Stage,
    DateTimeOffset DueAt,
    CalendarBasis? DueCalendar = null);
