using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OneStop.Calendar.Installing;

/// <summary>
/// At start, after the schema is migrated and before the watchers look: the schedules administrators installed, which
/// take precedence over the files shipped with the release.
/// </summary>
public sealed class HolidayScheduleLoader<TDbContext>(IServiceScopeFactory scopes, WorkingDayCalendar calendar) : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        foreach (var stored in await db.Set<StoredHolidaySchedule>().AsNoTracking().ToListAsync(cancellationToken))
            calendar.Install(stored.Parse());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
