using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Testing;

namespace OneStop.UnitTests.Calendar;

public sealed class CalendarFilesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("onestop-calendar-").FullName;

    [Fact]
    public void Adding_a_year_is_adding_a_file_that_names_its_notice()
    {
        File.WriteAllText(Path.Combine(_directory, "cn-2027.csv"), TestHolidaySchedules.Csv2027);

        var calendar = new WorkingDayCalendar(CalendarFiles.Load([Path.Combine(AppContext.BaseDirectory, "calendars"), _directory]));

        Assert.Equal([2025, 2026, 2027], calendar.OfficialYears.Order());
        var schedule = calendar.ScheduleOf(2027);
        Assert.Equal((CalendarKind.Official, TestHolidaySchedules.Notice2027), (schedule.Kind, schedule.Notice));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        Assert.StartsWith("国务院办公厅关于2026年部分节假日安排的通知", calendar.ScheduleOf(2026).Notice);
    }

    [Theory]
    [InlineData("2027-01-04,workday,not a weekend", 3, "weekend")]
    [InlineData("2027-01-01,holiday,a\n2027-01-01,holiday,b", 4, "twice")]
    [InlineData("2026-01-01,holiday,wrong year", 3, "not in 2027")]
    [InlineData("2027-01-01,day off,x", 3, "type must be")]
    [InlineData("01/01/2027,holiday,x", 3, "yyyy-MM-dd")]
    [InlineData("2027-01-01,holiday,", 3, "name the day")]
    [InlineData("2027-01-01,holiday,元旦\u0007", 3, "control and invisible")]
    [InlineData("2027-01-09,workday,调休", 0, "must be days off by law")]
    [InlineData("2027-01-01,holiday,元旦\u200f", 3, "invisible format characters")]
    public void A_malformed_file_is_refused_with_the_line_that_is_wrong(string lines, int line, string message)
    {
        var wrong = Assert.Throws<HolidayScheduleFormatException>(() =>
            CalendarFiles.Parse($"# notice: 测试\ndate,type,name\n{lines}\n", 2027, "cn-2027.csv"));

        Assert.Equal(line, wrong.Line);
        Assert.Contains(message, wrong.Problem);
        Assert.Contains(" / ", wrong.Problem);
        Assert.StartsWith($"cn-2027.csv:{line}:", wrong.Message);
    }

    [Fact]
    public void A_file_that_leaves_a_statutory_day_a_working_day_names_the_day()
    {
        var csv = TestHolidaySchedules.Csv2027.Replace("2027-04-05,holiday,清明节 Qingming (test)", "");

        var wrong = Assert.Throws<HolidayScheduleFormatException>(() => CalendarFiles.Parse(csv, 2027, "cn-2027.csv"));

        Assert.Equal(0, wrong.Line);
        Assert.Contains("2027-04-05（清明节 Qingming）", wrong.Problem);
    }

    [Theory]
    [InlineData("date,type,name\n2027-01-01,holiday,元旦\n")]
    [InlineData("# notice: a\n# notice: b\n2027-01-01,holiday,元旦\n")]
    [InlineData("# notice:\n2027-01-01,holiday,元旦\n")]
    public void A_file_must_name_its_notice_once(string text) =>
        Assert.Contains("notice", Assert.Throws<HolidayScheduleFormatException>(() => CalendarFiles.Parse(text, 2027, "upload")).Problem);

    [Fact]
    public void A_malformed_file_in_the_calendar_folder_stops_the_service_at_start_up()
    {
        File.WriteAllText(Path.Combine(_directory, "cn-2027.csv"), "# notice: x\n2027-13-01,holiday,x\n");
        File.WriteAllText(Path.Combine(_directory, "cn-27.csv"), TestHolidaySchedules.Csv2027);

        Assert.Throws<HolidayScheduleFormatException>(() => CalendarFiles.Load([_directory]));
    }

    [Fact]
    public void The_shipped_files_and_the_kubernetes_config_map_are_the_same_files()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "calendars");
        var configMap = Path.Combine(ServiceProcess.RepositoryRoot, "k8s", "base", "holiday-schedules");
        Assert.Equal(Directory.GetFiles(shipped, "cn-*.csv").Select(Path.GetFileName).Order(), Directory.GetFiles(configMap).Select(Path.GetFileName).Order());
        Assert.All(Directory.GetFiles(shipped, "cn-*.csv"), file => Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(configMap, Path.GetFileName(file)))));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
