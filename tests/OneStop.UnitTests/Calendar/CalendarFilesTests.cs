using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneStop.Calendar;

namespace OneStop.UnitTests.Calendar;

public sealed class CalendarFilesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("onestop-calendar-").FullName;

    [Fact]
    public void Adding_a_year_is_adding_a_file()
    {
        File.WriteAllText(Path.Combine(_directory, "cn-2027.csv"), "date,type,name\n2027-01-01,holiday,元旦 New Year\n2027-01-02,holiday,元旦 New Year\n");

        var calendar = CalendarFiles.Load([Path.Combine(AppContext.BaseDirectory, "calendars"), _directory]);

        Assert.Equal([2025, 2026, 2027], calendar.Years.Order());
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
    }

    [Theory]
    [InlineData("2027-01-04,workday,not a weekend", "weekend")]
    [InlineData("2027-01-01,holiday,a\n2027-01-01,holiday,b", "twice")]
    [InlineData("2026-01-01,holiday,wrong year", "not in 2027")]
    [InlineData("2027-01-01,day off,x", "type must be")]
    [InlineData("01/01/2027,holiday,x", "yyyy-MM-dd")]
    public void A_malformed_file_stops_the_service_with_the_line_that_is_wrong(string line, string message)
    {
        File.WriteAllText(Path.Combine(_directory, "cn-2027.csv"), $"date,type,name\n{line}\n");

        var error = Assert.Throws<FormatException>(() => CalendarFiles.Load([_directory]));

        Assert.Contains(message, error.Message);
        Assert.Contains("cn-2027.csv:", error.Message);
    }

    [Theory]
    [InlineData("2026-06-01T00:00:00+08:00", HealthStatus.Healthy)]
    [InlineData("2026-11-22T10:00:00+08:00", HealthStatus.Degraded)]
    [InlineData("2027-01-04T10:00:00+08:00", HealthStatus.Unhealthy)]
    public async Task The_readiness_check_reports_missing_years(string now, HealthStatus expected)
    {
        var check = new CalendarHealthCheck(CalendarFiles.Load([Path.Combine(AppContext.BaseDirectory, "calendars")]), new FixedClock(DateTimeOffset.Parse(now)));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(expected, result.Status);
        Assert.Contains("2025, 2026", result.Description);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
