namespace OneStop.Contracts;

/// <summary>
/// A stage is done. WorkingDays excludes the applicant's time; the stage is on time when it is within the limit.
/// Data is what the stage produced (a supply plan, an inspection result, a meter number, …).
/// </summary>
public sealed record UtilityStageCompleted(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    StageName Stage,
    DateTimeOffset CompletedAt,
    double WorkingDays,
    double LimitWorkingDays,
    bool OnTime,
    IReadOnlyDictionary<string, string> Data,
    UtilityCaseState State) : IUtilityCaseEvent;
