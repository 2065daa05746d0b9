namespace OneStop.Testing;

/// <summary>
/// Made-up "official" schedules for years the State Council had not published when these tests were written: they
/// stand in for the real notice in tests of installing one. They are deliberately not the real schedules; never ship them.
/// </summary>
public static class TestHolidaySchedules
{
    public const string Notice2027 = "测试用2027年节假日安排（非国务院通知） / test schedule for 2027, not the State Council's";

    /// <summary>Some statutory days, Monday 4 January off too, and Saturday 20 February worked (调休).</summary>
    public static string Csv2027 => $"""
        # A test schedule, not the official one.
        # notice: {Notice2027}
        date,type,name
        2027-01-01,holiday,元旦 New Year (test)
        2027-01-04,holiday,元旦 New Year (test)
        2027-02-05,holiday,春节 Spring Festival (test)
        2027-02-08,holiday,春节 Spring Festival (test)
        2027-02-20,workday,春节 Spring Festival (test)
        """;

    /// <summary>A made-up schedule for any year: 1 and 2 January off. For tests that must not move anyone's deadlines.</summary>
    public static string Csv(int year) => $"""
        # notice: 测试用{year}年节假日安排（非国务院通知） / test schedule for {year}, not the State Council's
        {year}-01-01,holiday,元旦 New Year (test)
        {year}-01-02,holiday,元旦 New Year (test)
        """;
}
