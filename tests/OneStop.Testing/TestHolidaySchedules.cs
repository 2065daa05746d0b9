namespace OneStop.Testing;

/// <summary>
/// Made-up "official" schedules for years the State Council had not published when these tests were written: they
/// stand in for the real notice in tests of installing one. They are deliberately not the real schedules; never ship them.
/// </summary>
public static class TestHolidaySchedules
{
    public const string Notice2027 = "测试用2027年节假日安排（非国务院通知） / test schedule for 2027, not the State Council's";

    /// <summary>The statutory days off, Monday 4 January off too, and Saturday 20 February worked (调休).</summary>
    public static string Csv2027 => $"""
        # A test schedule, not the official one.
        # notice: {Notice2027}
        date,type,name
        2027-01-01,holiday,元旦 New Year (test)
        2027-01-04,holiday,元旦 New Year (test)
        2027-02-05,holiday,春节 Spring Festival (test)
        2027-02-08,holiday,春节 Spring Festival (test)
        2027-02-20,workday,春节 Spring Festival (test)
        2027-04-05,holiday,清明节 Qingming (test)
        2027-06-09,holiday,端午节 Dragon Boat (test)
        2027-09-15,holiday,中秋节 Mid-Autumn (test)
        2027-10-01,holiday,国庆节 National Day (test)
        """;
}
