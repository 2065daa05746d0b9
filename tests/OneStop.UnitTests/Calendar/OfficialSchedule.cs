namespace OneStop.UnitTests.Calendar;

/// <summary>
/// The State Council's holiday notices for 2025 (国办发明电〔2024〕12号) and 2026, typed here from the notices
/// themselves and independently of the shipped files, which the tests check against them.
/// </summary>
public static class OfficialSchedule
{
    public static readonly (string Festival, DateOnly First, DateOnly Last)[] Holidays =
    [
        ("元旦 2025", new(2025, 1, 1), new(2025, 1, 1)),
        ("春节 2025", new(2025, 1, 28), new(2025, 2, 4)),
        ("清明 2025", new(2025, 4, 4), new(2025, 4, 6)),
        ("劳动节 2025", new(2025, 5, 1), new(2025, 5, 5)),
        ("端午 2025", new(2025, 5, 31), new(2025, 6, 2)),
        ("国庆中秋 2025", new(2025, 10, 1), new(2025, 10, 8)),
        ("元旦 2026", new(2026, 1, 1), new(2026, 1, 3)),
        ("春节 2026", new(2026, 2, 15), new(2026, 2, 23)),
        ("清明 2026", new(2026, 4, 4), new(2026, 4, 6)),
        ("劳动节 2026", new(2026, 5, 1), new(2026, 5, 5)),
        ("端午 2026", new(2026, 6, 19), new(2026, 6, 21)),
        ("中秋 2026", new(2026, 9, 25), new(2026, 9, 27)),
        ("国庆 2026", new(2026, 10, 1), new(2026, 10, 7)),
    ];

    /// <summary>Adjusted working weekend days (调休).</summary>
    public static readonly DateOnly[] WorkingWeekendDays =
    [
        new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11),
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    public static IEnumerable<DateOnly> HolidayDates =>
        Holidays.SelectMany(h => Enumerable.Range(0, h.Last.DayNumber - h.First.DayNumber + 1).Select(h.First.AddDays));

    public static bool IsWorkingDay(DateOnly date) =>
        WorkingWeekendDays.Contains(date)
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidayDates.Contains(date));
}
