namespace OneStop.Contracts.Intake;

/// <summary>
/// What a finished stage produced that the applicant is entitled to keep (a supply plan, an inspection result, a meter
/// number, …): the fields <see cref="StageProducts"/> has wording for, as the utility recorded them.
/// </summary>
public sealed record StageOutcome(StageName Stage, DateTimeOffset CompletedAt, IReadOnlyDictionary<string, string> Data);
