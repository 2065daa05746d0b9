using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>
/// A running stage's deadline and the forecast were counted again because the calendar changed (a year's official schedule
/// replaced the provisional one). PreviousDueAt is the deadline before; the state carries the new one. Raised once per
/// case and change, and only when a date or what it rests on changed.
/// </summary>
public sealed record UtilityDeadlineRecomputed(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    StageName Stage,
    DateTimeOffset? PreviousDueAt,
    CalendarBasis DueCalendar,
    DateTimeOffset RecomputedAt,
    UtilityCaseState State) : IUtilityCaseEvent
{
    [JsonIgnore]
    public bool DeadlineMoved => PreviousDueAt != State.DueAt;
}
