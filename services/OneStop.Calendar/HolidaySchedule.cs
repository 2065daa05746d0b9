using OneStop.Contracts;
using OneStop.Contracts.Calendar;

namespace OneStop.Calendar;

/// <summary>
/// One year's exceptions to Monday–Friday: the days off (holidays and their make-up days) and the adjusted working
/// weekend days (调休). Official when it is the State Council's schedule (its notice named), provisional when derived
/// from the statutory rules while none is published.
/// </summary>
public sealed class HolidaySchedule
{
    private readonly Dictionary<DateOnly, ScheduleDay> _days;

    public HolidaySchedule(int year, CalendarKind kind, string? notice, IEnumerable<ScheduleDay> days)
    {
        (Year, Kind, Notice) = (year, kind, notice);
        _days = days.ToDictionary(day => day.Date);
    }

    public int Year { get; }
    public CalendarKind Kind { get; }
    public string? Notice { get; }

    public IEnumerable<ScheduleDay> Days => _days.Values.OrderBy(day => day.Date);

    /// <summary>What a date counted within this year alone rests on (the common case, made once).</summary>
    public CalendarBasis Basis => field ??= new CalendarBasis(Kind, Notice is { } notice ? [notice] : []);

    public bool IsWorkingDay(DateOnly date) =>
        _days.TryGetValue(date, out var day) ? day.IsWorkingDay : !WorkingDayCalendar.IsWeekend(date);

    /// <summary>Same days, same kind, same notice: installing it again changes nothing.</summary>
    public bool SameAs(HolidaySchedule other) =>
        Year == other.Year && Kind == other.Kind && Notice == other.Notice && _days.Count == other._days.Count
        && _days.All(pair => other._days.TryGetValue(pair.Key, out var day) && day == pair.Value);

    /// <summary>The year as the public calendar shows it.</summary>
    public CalendarYearView View() => new(Year, Kind, Notice, CalendarWording.Basis(Basis),
        Days.Select(day => new CalendarYearView.Day(day.Date, day.IsWorkingDay ? "workday" : "holiday", day.Name)).ToList());
}

/// <summary>A day that is not what its weekday says: off on a weekday, or worked on a weekend (调休).</summary>
public sealed record ScheduleDay(DateOnly Date, bool IsWorkingDay, string Name);
