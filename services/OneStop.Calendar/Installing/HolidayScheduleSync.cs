using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.ServiceDefaults;

namespace OneStop.Calendar.Installing;

/// <summary>
/// Counts on the schedules administrators installed, which take precedence over the files shipped with the release: at
/// start (after the schema is migrated, before the watchers first look), then every minute, so that a replica that missed
/// an installation's broadcast (stopped, or cut off from the broker at that moment) catches up from its own database.
/// </summary>
public sealed class HolidayScheduleSync<TDbContext>(IServiceScopeFactory scopes, WorkingDayCalendar calendar, ILogger<HolidayScheduleSync<TDbContext>> logger)
    : PeriodicJob(logger)
    where TDbContext : DbContext
{
    private readonly Dictionary<int, DateTimeOffset> _installed = [];

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RunAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stored = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<StoredHolidaySchedule>().AsNoTracking();
        var versions = await stored.Select(s => new { s.Year, s.InstalledAt }).ToListAsync(cancellationToken);
        foreach (var version in versions.Where(v => _installed.GetValueOrDefault(v.Year) != v.InstalledAt))
        {
            calendar.Install((await stored.SingleAsync(s => s.Year == version.Year, cancellationToken)).Parse());
            _installed[version.Year] = version.InstalledAt;
        }
    }
}
