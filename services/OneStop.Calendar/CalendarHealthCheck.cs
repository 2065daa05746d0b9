using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneStop.Calendar;

/// <summary>
/// Unhealthy without this year's schedule: no deadline could be computed. Degraded in the last two months of a year
/// whose successor has no schedule yet, since deadlines will soon cross into it (the State Council publishes each
/// year's schedule in November or December).
/// </summary>
public sealed class CalendarHealthCheck(WorkingDayCalendar calendar, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = WorkingDayCalendar.ChinaDate(clock.GetUtcNow());
        var installed = string.Join(", ", calendar.Years.Order());
        if (!calendar.HasYear(today.Year))
            return Task.FromResult(HealthCheckResult.Unhealthy($"No holiday schedule for {today.Year} (installed: {installed})"));
        if (today.Month >= 11 && !calendar.HasYear(today.Year + 1))
            return Task.FromResult(HealthCheckResult.Degraded($"No holiday schedule for {today.Year + 1} yet (installed: {installed})"));
        return Task.FromResult(HealthCheckResult.Healthy($"Holiday schedules installed: {installed}"));
    }
}
