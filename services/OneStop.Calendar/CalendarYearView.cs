using OneStop.Contracts;

namespace OneStop.Calendar;

/// <summary>
/// How a year's working days are counted, as the public calendar shows it: every day off and adjusted working day, on
/// the official schedule (its notice named) or provisionally on the statutory holidays.
/// </summary>
public sealed record CalendarYearView(int Year, CalendarKind Calendar, string? Notice, string Basis, IReadOnlyList<CalendarYearView.Day> Days)
{
    /// <summary>Type is <c>holiday</c> (a day off, a make-up day included) or <c>workday</c> (a weekend day worked, 调休).</summary>
    public sealed record Day(DateOnly Date, string Type, string Name);

    public static CalendarYearView Of(HolidaySchedule schedule) => new(
        schedule.Year, schedule.Kind, schedule.Notice, CalendarWording.Basis(schedule.Basis),
        schedule.Days.Select(day => new Day(day.Date, day.IsWorkingDay ? "workday" : "holiday", day.Name)).ToList());
}
