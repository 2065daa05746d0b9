namespace OneStop.Contracts;

/// <summary>A document promised under a commitment (容缺受理) was not given by its due date; raised once per commitment.</summary>
public sealed record DocumentCommitmentOverdue(Guid ApplicationId, string ApplicationNumber, string Type, string NameZh, string NameEn, DateTimeOffset DueAt,
    CalendarBasis? DueCalendar = null);
