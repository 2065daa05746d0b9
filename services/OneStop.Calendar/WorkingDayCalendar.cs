using System.Collections.Concurrent;
using OneStop.Contracts;

namespace OneStop.Calendar;

/// <summary>
/// Working days on the mainland calendar, and time counted in them. A working day counts whole, from midnight to midnight
/// China time, so "N working days" from a moment ends at the same time of day N working days later (or at the end of the
/// Nth working day when the clock starts on a day off). A year counts on its official schedule once one is installed,
/// and until then on the statutory holidays alone (<see cref="StatutoryHolidays"/>): the calendar never refuses a date.
/// One instance per process, shared by its services; installing a schedule takes effect for all of them at once.
/// </summary>
public sealed class WorkingDayCalendar(IEnumerable<HolidaySchedule> official)
{
    private readonly Lock _installing = new();
    private readonly ConcurrentDictionary<int, HolidaySchedule> _provisional = new();
    private volatile Dictionary<int, HolidaySchedule> _official = official.ToDictionary(schedule => schedule.Year);
    private readonly List<int> _installedYears = [];
    private int _revision;

    /// <summary>China has one time zone and no daylight saving time.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Grows with every schedule installed, so that watchers know when to count open deadlines again.</summary>
    public int Revision => Volatile.Read(ref _revision);

    public IEnumerable<int> OfficialYears => _official.Keys;

    /// <summary>The schedule a year counts on: the official one, or the provisional derivation while there is none.</summary>
    public HolidaySchedule ScheduleOf(int year) =>
        _official.TryGetValue(year, out var schedule) ? schedule : _provisional.GetOrAdd(year, StatutoryHolidays.Derive);

    /// <summary>Counts a year on an official schedule from now on; false when that very schedule was installed already.</summary>
    public bool Install(HolidaySchedule schedule)
    {
        if (schedule.Kind != CalendarKind.Official)
            throw new ArgumentException("Only an official schedule is installed; provisional ones are derived.", nameof(schedule));
        lock (_installing)
        {
            if (_official.TryGetValue(schedule.Year, out var installed) && installed.SameAs(schedule))
                return false;
            _official = new Dictionary<int, HolidaySchedule>(_official) { [schedule.Year] = schedule };
            _installedYears.Add(schedule.Year);
            Interlocked.Increment(ref _revision);
            return true;
        }
    }

    /// <summary>The years whose schedule was installed after <paramref name="revision"/>: deadlines reaching into them may move.</summary>
    public IReadOnlyList<int> YearsInstalledSince(int revision)
    {
        lock (_installing)
            return _installedYears.Skip(revision).ToList();
    }

    public bool IsWorkingDay(DateOnly date) => ScheduleOf(date.Year).IsWorkingDay(date);

    /// <summary>What a date counted from <paramref name="from"/> to <paramref name="to"/> rests on: the schedules of the years between.</summary>
    public CalendarBasis BasisOf(DateTimeOffset from, DateTimeOffset to)
    {
        var (first, last) = (ChinaDate(from < to ? from : to).Year, ChinaDate(from < to ? to : from).Year);
        if (first == last)
            return ScheduleOf(first).Basis;
        var schedules = Enumerable.Range(first, last - first + 1).Select(ScheduleOf).ToList();
        var kind = schedules.Any(s => s.Kind == CalendarKind.Provisional) ? CalendarKind.Provisional : CalendarKind.Official;
        return new CalendarBasis(kind, schedules.Select(s => s.Notice).OfType<string>().ToList());
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

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>A time the clock stood still because the applicant owed something; open while <see cref="To"/> is null.</summary>
public sealed record Pause(DateTimeOffset From, DateTimeOffset? To);
