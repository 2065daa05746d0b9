using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneStop.Calendar;

/// <summary>
/// Never unhealthy: a missing schedule only makes deadlines provisional. Degraded, with what to do, while this year
/// counts provisionally, or from November while next year does (deadlines then start to reach into it). A degraded
/// service is still ready: the probes and the gateway treat it as up.
/// </summary>
public sealed class CalendarHealthCheck(WorkingDayCalendar calendar, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = WorkingDayCalendar.ChinaDate(clock.GetUtcNow());
        var installed = string.Join(", ", calendar.OfficialYears.Order());
        var provisional = new[] { today.Year, today.Year + 1 }
            .Where(year => (year == today.Year || today.Month >= 11) && calendar.ScheduleOf(year).Kind == Contracts.CalendarKind.Provisional)
            .ToList();
        return Task.FromResult(provisional.Count == 0
            ? HealthCheckResult.Healthy($"Official holiday schedules installed: {installed}")
            : HealthCheckResult.Degraded(
                $"{string.Join(" and ", provisional)} counted provisionally on the statutory holidays until the State Council's schedule " +
                $"is installed (PUT /api/admin/calendars/{provisional[0]}); official schedules installed: {installed}"));
    }
}
