namespace OneStop.Contracts;

/// <summary>
/// A commitment's (容缺受理) due date was counted again because the calendar changed: a year's official schedule replaced
/// the provisional one (or, for a commitment signed by an earlier release, the date was not known yet and PreviousDueAt is
/// null). NeededBy names the utilities whose cases wait for the document; NameZh and NameEn name the document for the applicant.
/// </summary>
public sealed record DocumentCommitmentDueDateSet(
    Guid ApplicationId,
    string Type,
    DateTimeOffset DueAt,
    IReadOnlyList<UtilityKind> NeededBy,
    DateTimeOffset? PreviousDueAt = null,
    CalendarBasis? DueCalendar = null,
    string? NameZh = null,
    string? NameEn = null);
