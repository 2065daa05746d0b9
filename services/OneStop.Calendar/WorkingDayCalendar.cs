namespace OneStop.Calendar;

/// <summary>
/// Working days on the official mainland calendar, and time counted in them. A working day counts whole, from midnight
/// to midnight China time, so "N working days" from a moment ends at the same time of day N working days later (or at
/// the end of the Nth working day when the clock starts on a day off). Dates in a year with no schedule throw
/// <see cref="CalendarYearMissingException"/>.
/// </summary>
public sealed class WorkingDayCalendar(IReadOnlyDictionary<int, IReadOnlyDictionary<DateOnly, bool>> years)
{
    /// <summary>China has one time zone and no daylight saving time.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public IEnumerable<int> Years => years.Keys;

    public bool HasYear(int year) => years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (!years.TryGetValue(date.Year, out var exceptions))
            throw new CalendarYearMissingException(date.Year);
        return exceptions.TryGetValue(date, out var isWorkingDay) ? isWorkingDay : !IsWeekend(date);
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);

    /// <summary>Working time between two moments, in working days (fractions for part days).</summary>
    public double WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            return 0;
        var (start, end) = (from.ToOffset(ChinaOffset), to.ToOffset(ChinaOffset));
        double days = 0;
        for (var day = DateOnly.FromDateTime(start.DateTime); day <= DateOnly.FromDateTime(end.DateTime); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
                continue;
            var dayStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);
            var overlap = Min(end, dayStart.AddDays(1)) - Max(start, dayStart);
            days += overlap.TotalDays;
        }
        return days;
    }

    /// <summary>
    /// Working time from <paramref name="from"/> to <paramref name="to"/>, leaving out the pauses (the applicant's time).
    /// A case owes one thing at a time, so its pauses do not overlap.
    /// </summary>
    public double WorkingDaysExcluding(DateTimeOffset from, DateTimeOffset to, IEnumerable<Pause> pauses) =>
        WorkingDaysBetween(from, to) - pauses.Sum(p => WorkingDaysBetween(Max(p.From, from), Min(p.To ?? to, to)));

    /// <summary>The moment <paramref name="workingDays"/> working days after <paramref name="from"/>: a stage's deadline.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, double workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var at = from.ToOffset(ChinaOffset);
        var remaining = TimeSpan.FromDays(workingDays);
        for (var day = DateOnly.FromDateTime(at.DateTime); ; day = day.AddDays(1))
        {
            var dayStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);
            if (!IsWorkingDay(day))
                continue;
            var start = Max(at, dayStart);
            var available = dayStart.AddDays(1) - start;
            if (remaining <= available)
                return start + remaining;
            remaining -= available;
        }
    }

    /// <summary>
    /// Like <see cref="AddWorkingDays"/>, but null while the deadline falls in a year with no schedule: for what can wait
    /// for the schedule (a deadline shown as unknown and set once it is installed) rather than fail.
    /// </summary>
    public DateTimeOffset? AddWorkingDaysIfScheduled(DateTimeOffset from, double workingDays)
    {
        try
        {
            return AddWorkingDays(from, workingDays);
        }
        catch (CalendarYearMissingException)
        {
            return null;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>A time the clock stood still because the applicant owed something; open while <see cref="To"/> is null.</summary>
public sealed record Pause(DateTimeOffset From, DateTimeOffset? To);
