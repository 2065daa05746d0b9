namespace OneStop.Contracts.Calendar;

/// <summary>
/// How a year's working days are counted, as the public calendar shows it: every day off and adjusted working day, on
/// the official schedule (its notice named) or provisionally on the statutory holidays.
/// </summary>
public sealed record CalendarYearView(int Year, CalendarKind Calendar, string? Notice, string Basis, IReadOnlyList<CalendarYearView.Day> Days)
{
    /// <summary>Type is <c>holiday</c> (a day off, a make-up day included) or <c>workday</c> (a weekend day worked, 调休).</summary>
    public sealed record Day(DateOnly Date, string Type, string Name);
}
