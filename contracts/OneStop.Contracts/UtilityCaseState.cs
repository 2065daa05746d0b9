namespace OneStop.Contracts;

/// <summary>
/// A utility case as it stands after an event. Sequence grows with every change, so a reader that gets events out of
/// order keeps the newest state. DueAt is null while the clock is paused; ForecastCompletion is null while the end
/// depends on the applicant (a correction, the customer's works). DueCalendar and ForecastCalendar say what each date
/// was counted on (null with the date, and from releases before provisional calendars). ClockPausedFor says what the
/// applicant owes while the clock stands (null while it runs, and from releases before it was told).
/// </summary>
public sealed record UtilityCaseState(
    int Sequence,
    UtilityCaseStatus Status,
    StageName? CurrentStage,
    DateTimeOffset? DueAt,
    DateTimeOffset? ForecastCompletion,
    CalendarBasis? DueCalendar = null,
    CalendarBasis? ForecastCalendar = null,
    Utilities.PauseKind? ClockPausedFor = null);
