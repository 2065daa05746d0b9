using System.Globalization;
using OneStop.Contracts;

namespace OneStop.Calendar;

/// <summary>
/// A year's holidays derived from the statutory rules of 《全国年节及纪念日放假办法》 (revised 2024, in force from 2025),
/// for a year whose official schedule is not published yet: 元旦 1 January; 春节 the lunar New Year's Eve and the first
/// three days of the first lunar month; 清明 the day of the Qingming solar term; 劳动节 1–2 May; 端午 the 5th day of the
/// 5th lunar month; 中秋 the 15th day of the 8th lunar month; 国庆 1–3 October. A statutory day on a Saturday or Sunday, or
/// on another festival's day, is made up on the next working day (补假). Adjusted working weekends (调休) are the State
/// Council's to decide: none is guessed.
/// </summary>
public static class StatutoryHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The years the Qingming formula below holds for (its constant is the 21st century's).</summary>
    public const int FirstYear = 2001, LastYear = 2099;

    public static HolidaySchedule Derive(int year)
    {
        // A statutory day on a weekend, or on a day that is already another festival's (中秋 within 国庆), is made up on
        // the next working day: the law grants each festival its days, and the State Council has always done so.
        var days = new Dictionary<DateOnly, ScheduleDay>();
        var owed = new List<ScheduleDay>();
        foreach (var day in StatutoryDays(year))
            if (!days.TryAdd(day.Date, day) || WorkingDayCalendar.IsWeekend(day.Date))
                owed.Add(day);
        foreach (var day in owed.OrderBy(day => day.Date))
        {
            var makeUp = day.Date.AddDays(1);
            while (WorkingDayCalendar.IsWeekend(makeUp) || days.ContainsKey(makeUp))
                makeUp = makeUp.AddDays(1);
            days[makeUp] = Off(makeUp, $"补假 make-up day for {day.Name} ({day.Date:MM-dd})");
        }
        return new HolidaySchedule(year, CalendarKind.Provisional, notice: null, days.Values.Where(day => day.Date.Year == year));
    }

    /// <summary>The festivals' own days of a year, in the order of the law, before any is made up.</summary>
    public static IReadOnlyList<ScheduleDay> StatutoryDays(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        var springFestival = LunarDate(year, 1, 1);
        return
        [
            Off(new DateOnly(year, 1, 1), "元旦 New Year"),
            Off(springFestival.AddDays(-1), "春节 Spring Festival (除夕 New Year's Eve)"),
            Off(springFestival, "春节 Spring Festival"),
            Off(springFestival.AddDays(1), "春节 Spring Festival"),
            Off(springFestival.AddDays(2), "春节 Spring Festival"),
            Off(Qingming(year), "清明节 Qingming"),
            Off(new DateOnly(year, 5, 1), "劳动节 Labour Day"),
            Off(new DateOnly(year, 5, 2), "劳动节 Labour Day"),
            Off(LunarDate(year, 5, 5), "端午节 Dragon Boat"),
            Off(LunarDate(year, 8, 15), "中秋节 Mid-Autumn"),
            Off(new DateOnly(year, 10, 1), "国庆节 National Day"),
            Off(new DateOnly(year, 10, 2), "国庆节 National Day"),
            Off(new DateOnly(year, 10, 3), "国庆节 National Day"),
        ];
    }

    /// <summary>
    /// The day of the Qingming solar term (the sun at 15° ecliptic longitude), in April, by the published rule of thumb for
    /// the 21st century: day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋, Y being the year's last two digits.
    /// </summary>
    public static DateOnly Qingming(int year)
    {
        var y = year % 100;
        return new DateOnly(year, 4, (int)Math.Floor(y * 0.2422 + 4.81) - y / 4);
    }

    /// <summary>The Gregorian date of a day of a lunar month in the lunar year that begins in <paramref name="year"/>.</summary>
    public static DateOnly LunarDate(int year, int month, int day)
    {
        // In a year with a leap month, the months from it on are numbered one higher (a leap 6th month is the 7th).
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static ScheduleDay Off(DateOnly date, string name) => new(date, IsWorkingDay: false, name);
}
