namespace OneStop.Contracts;

/// <summary>
/// A utility case as it stands after an event. Sequence grows with every change, so a reader that gets events out of
/// order keeps the newest state. DueAt is null while the clock is paused; ForecastCompletion is null while the end
/// depends on the applicant (a correction, the customer's works) or on a calendar year not yet published.
/// </summary>
public sealed record UtilityCaseState(
    int Sequence,
    UtilityCaseStatus Status,
    StageName? CurrentStage,
    DateTimeOffset? DueAt,
    DateTimeOffset? ForecastCompletion);
