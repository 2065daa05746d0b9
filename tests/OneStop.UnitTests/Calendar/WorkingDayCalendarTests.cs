using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Testing;

namespace OneStop.UnitTests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Shipped = ShippedCalendar.New();

    public static TheoryData<DateOnly, bool> EveryHolidayAndAdjustedWorkingDay => new(
        OfficialSchedule.HolidayDates.Select(d => (d, false)).Concat(OfficialSchedule.WorkingWeekendDays.Select(d => (d, true))));

    [Theory]
    [MemberData(nameof(EveryHolidayAndAdjustedWorkingDay))]
    public void Each_holiday_is_off_and_each_adjusted_weekend_day_is_worked(DateOnly date, bool isWorkingDay) =>
        Assert.Equal(isWorkingDay, Shipped.IsWorkingDay(date));

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_day_of_the_year_matches_the_official_notice(int year)
    {
        var wrong = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(offset => new DateOnly(year, 1, 1).AddDays(offset))
            .Where(date => Shipped.IsWorkingDay(date) != OfficialSchedule.IsWorkingDay(date))
            .ToList();

        Assert.Empty(wrong);
    }

    public static TheoryData<string, string, double, string> Deadlines => new()
    {
        // from (China time), working days, deadline; each across a holiday or an adjusted working day
        { "across National Day 2025", "2025-09-30T10:00:00+08:00", 1, "2025-10-09T10:00:00+08:00" },
        { "over the working Sunday before National Day 2025", "2025-09-26T09:00:00+08:00", 2, "2025-09-29T09:00:00+08:00" },
        { "over Spring Festival 2026, its working Saturday counted", "2026-02-13T17:00:00+08:00", 2, "2026-02-24T17:00:00+08:00" },
        { "from inside a holiday: to the end of the first working day", "2026-10-03T12:00:00+08:00", 1, "2026-10-09T00:00:00+08:00" },
        { "across the year end, New Year 2026 and its working Sunday", "2025-12-31T12:00:00+08:00", 1, "2026-01-04T12:00:00+08:00" },
        { "Labour Day 2025 after its working Sunday", "2025-04-27T08:00:00+08:00", 5, "2025-05-07T08:00:00+08:00" },
        { "Dragon Boat 2026, a plain week after it", "2026-06-18T00:00:00+08:00", 10, "2026-07-03T00:00:00+08:00" },
        { "a UTC start is counted in China time", "2026-02-13T09:00:00+00:00", 1, "2026-02-14T17:00:00+08:00" },
        { "zero days on a working day is the start itself", "2026-11-23T15:30:00+08:00", 0, "2026-11-23T15:30:00+08:00" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void A_deadline_counts_only_working_days(string why, string from, double workingDays, string expected)
    {
        var deadline = Shipped.AddWorkingDays(DateTimeOffset.Parse(from), workingDays);

        Assert.True(DateTimeOffset.Parse(expected) == deadline, $"{why}: expected {expected}, got {deadline:O}");
        Assert.Equal(workingDays, Shipped.WorkingDaysBetween(DateTimeOffset.Parse(from), deadline), precision: 9);
    }

    [Fact]
    public void Paused_time_across_a_holiday_does_not_count()
    {
        var start = DateTimeOffset.Parse("2025-09-29T09:00:00+08:00");
        var end = DateTimeOffset.Parse("2025-10-10T09:00:00+08:00");
        // The applicant owed a correction from Tuesday morning before National Day until the Thursday after it.
        var pause = new Pause(DateTimeOffset.Parse("2025-09-30T09:00:00+08:00"), DateTimeOffset.Parse("2025-10-09T09:00:00+08:00"));

        Assert.Equal(3.0, Shipped.WorkingDaysBetween(start, end), precision: 9);
        Assert.Equal(2.0, Shipped.WorkingDaysExcluding(start, end, [pause]), precision: 9);
        // An open pause runs to the end of the interval; a pause outside the interval takes nothing.
        Assert.Equal(1.0, Shipped.WorkingDaysExcluding(start, end, [pause with { To = null }]), precision: 9);
        Assert.Equal(3.0, Shipped.WorkingDaysExcluding(start, end, [new Pause(end.AddDays(1), end.AddDays(2))]), precision: 9);
    }

    [Fact]
    public void A_year_without_a_schedule_counts_provisionally_on_the_statutory_holidays()
    {
        var from = DateTimeOffset.Parse("2026-12-30T12:00:00+08:00");

        // Thursday 31 December, then Friday 1 January 2027 (元旦) off, then Monday 4 January.
        var due = Shipped.AddWorkingDays(from, 2);

        Assert.Equal(DateTimeOffset.Parse("2027-01-04T12:00:00+08:00"), due);
        Assert.Equal(CalendarKind.Provisional, Shipped.BasisOf(from, due).Calendar);
        Assert.StartsWith("国务院办公厅关于2026年", Assert.Single(Shipped.BasisOf(from, due).Notices));
        var official = Shipped.BasisOf(from, from.AddHours(6));
        Assert.Equal(CalendarKind.Official, official.Calendar);
    }

    [Fact]
    public void An_installed_schedule_replaces_the_provisional_year_once()
    {
        var calendar = ShippedCalendar.New();
        var schedule = CalendarFiles.Parse(TestHolidaySchedules.Csv2027, 2027, "test");
        var revision = calendar.Revision;

        Assert.True(calendar.Install(schedule));
        Assert.False(calendar.Install(CalendarFiles.Parse(TestHolidaySchedules.Csv2027, 2027, "again")));

        Assert.Equal(revision + 1, calendar.Revision);
        Assert.Equal([2027], calendar.YearsInstalledSince(revision));
        Assert.Empty(calendar.YearsInstalledSince(calendar.Revision));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        var basis = calendar.BasisOf(DateTimeOffset.Parse("2026-12-30T12:00:00+08:00"), DateTimeOffset.Parse("2027-01-05T12:00:00+08:00"));
        Assert.Equal(CalendarKind.Official, basis.Calendar);
        Assert.Equal(2, basis.Notices.Count);
        Assert.Throws<ArgumentException>(() => calendar.Install(StatutoryHolidays.Derive(2028)));
    }
}
