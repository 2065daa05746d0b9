using OneStop.Calendar;
using OneStop.Contracts;

namespace OneStop.UnitTests.Calendar;

/// <summary>
/// The provisional calendar derived from 《全国年节及纪念日放假办法》 (as revised in 2024): checked against the official
/// schedules of 2025 and 2026, which test the lunar and solar-term arithmetic on two real years, and against the rules
/// for 2027 and 2028, whose festival dates are those of the published lunar calendar.
/// </summary>
public sealed class StatutoryHolidaysTests
{
    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_day_the_rules_give_off_is_off_in_the_official_schedule_of_that_year(int year)
    {
        var derived = StatutoryHolidays.Derive(year);

        Assert.Equal(CalendarKind.Provisional, derived.Kind);
        Assert.All(derived.Days, day => Assert.False(OfficialSchedule.IsWorkingDay(day.Date), $"{day.Date:yyyy-MM-dd} ({day.Name}) is a working day in {year}"));
        // Thirteen statutory days a year, and the weekend ones made up on weekdays.
        Assert.Equal(13 + derived.Days.Count(d => d.Name.StartsWith("补假", StringComparison.Ordinal)), derived.Days.Count());
    }

    public static TheoryData<int, string[]> DaysOff => new()
    {
        {
            2027, [
                "01-01",                                   // 元旦, a Friday
                "02-05", "02-06", "02-07", "02-08",       // 除夕 (Fri) and 正月初一 (Sat, 6 Feb) to 初三 (Mon)
                "02-09", "02-10",                          // 补假 for Saturday and Sunday
                "04-05",                                   // 清明 (Mon)
                "05-01", "05-02", "05-03", "05-04",       // 劳动节 on Saturday and Sunday, made up Monday and Tuesday
                "06-09",                                   // 端午, 五月初五 (Wed)
                "09-15",                                   // 中秋, 八月十五 (Wed)
                "10-01", "10-02", "10-03", "10-04", "10-05", // 国庆 Friday to Sunday, made up Monday and Tuesday
            ]
        },
        {
            2028, [
                "01-01", "01-03",                          // 元旦 on a Saturday, made up Monday
                "01-25", "01-26", "01-27", "01-28",       // 除夕 (Tue) and 正月初一 (Wed, 26 Jan) to 初三 (Fri)
                "04-04",                                   // 清明 (Tue)
                "05-01", "05-02",                          // 劳动节 (Mon, Tue)
                "05-28", "05-29",                          // 端午 on a Sunday (五月初五 after the leap month), made up Monday
                "10-01", "10-02", "10-03", "10-04", "10-05", // 国庆 Sunday to Tuesday, made up Wednesday; 中秋 on 3 Oct, made up Thursday
            ]
        },
    };

    [Theory]
    [MemberData(nameof(DaysOff))]
    public void A_year_with_no_schedule_has_the_statutory_days_off_and_no_adjusted_working_days(int year, string[] expected)
    {
        var derived = StatutoryHolidays.Derive(year);

        Assert.Equal(expected.Select(d => DateOnly.Parse($"{year}-{d}")), derived.Days.Select(d => d.Date));
        Assert.DoesNotContain(derived.Days, d => d.IsWorkingDay);
    }

    [Theory]
    [InlineData(2025, 4)]
    [InlineData(2026, 5)]
    [InlineData(2027, 5)]
    [InlineData(2028, 4)]
    [InlineData(2029, 4)]
    [InlineData(2030, 5)]
    public void Qingming_is_the_day_of_the_solar_term(int year, int aprilDay) =>
        Assert.Equal(new DateOnly(year, 4, aprilDay), StatutoryHolidays.Qingming(year));

    [Theory]
    [InlineData(2025, 1, 1, "2025-01-29")]
    [InlineData(2025, 8, 15, "2025-10-06")] // after the leap sixth month of 2025
    [InlineData(2026, 5, 5, "2026-06-19")]
    [InlineData(2028, 5, 5, "2028-05-28")] // after the leap fifth month of 2028
    [InlineData(2028, 8, 15, "2028-10-03")]
    public void A_lunar_date_counts_the_leap_month_once(int year, int month, int day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), StatutoryHolidays.LunarDate(year, month, day));

    [Fact]
    public void Years_the_solar_term_rule_does_not_cover_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.Derive(2000));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.Derive(2100));
    }
}
