using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using OneStop.Calendar;
using OneStop.Testing;

namespace OneStop.UnitTests.Calendar;

/// <summary>A missing schedule never makes a service unready: it is degraded, with what to do, while it counts provisionally.</summary>
public sealed class CalendarHealthCheckTests
{
    [Theory]
    [InlineData("2026-06-01T10:00:00+08:00", false, HealthStatus.Healthy, null)]
    [InlineData("2026-11-22T10:00:00+08:00", false, HealthStatus.Degraded, "2027 counted provisionally")]
    [InlineData("2027-01-04T10:00:00+08:00", false, HealthStatus.Degraded, "2027 counted provisionally")]
    [InlineData("2027-11-04T10:00:00+08:00", false, HealthStatus.Degraded, "2027 and 2028 counted provisionally")]
    [InlineData("2027-06-01T10:00:00+08:00", true, HealthStatus.Healthy, null)]
    [InlineData("2027-12-01T10:00:00+08:00", true, HealthStatus.Degraded, "2028 counted provisionally")]
    [InlineData("2030-12-31T23:00:00+08:00", false, HealthStatus.Degraded, "2030 and 2031 counted provisionally")]
    public async Task The_readiness_check_is_degraded_while_this_year_or_next_counts_provisionally(string now, bool with2027, HealthStatus expected, string? says)
    {
        var calendar = ShippedCalendar.New();
        if (with2027)
            calendar.Install(CalendarFiles.Parse(TestHolidaySchedules.Csv2027, 2027, "test"));
        var check = new CalendarHealthCheck(calendar, new FakeTimeProvider(DateTimeOffset.Parse(now)));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(expected, result.Status);
        Assert.Contains(with2027 ? "2025, 2026, 2027" : "2025, 2026", result.Description);
        if (says is not null)
            Assert.Contains(says, result.Description);
    }
}
