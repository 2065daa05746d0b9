using Microsoft.EntityFrameworkCore;
using OneStop.UtilityKernel.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Calendar;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.Workflow;

namespace OneStop.UtilityKernel.Sla;

/// <summary>
/// Keeps running stages' deadlines true and raises due-soon (80% of a stage's limit) and overdue once per deadline.
/// When the calendar changes (a year's schedule installed, in this process or before it started), it counts the open
/// deadlines that the change can move again, each once: a recount that changes nothing writes nothing. Every change
/// commits with its event's outbox row and its audit entry, so a restart, a crash or a second replica never raises or
/// moves anything twice, or loses it: replicas that pick the same case collide on its concurrency token, and the loser
/// looks again on its next pass.
/// </summary>
public sealed class SlaWatcher<TDbContext, TDetails>(
    IServiceScopeFactory scopes, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, TimeProvider clock,
    IOptions<WorkflowOptions> options, ILogger<SlaWatcher<TDbContext, TDetails>> logger) : PeriodicJob(logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    private const int BatchSize = 200;

    /// <summary>The calendar revision whose deadlines are all counted; null until the first pass has looked.</summary>
    private int? _countedRevision;

    protected override TimeSpan Interval => options.Value.SlaWatcherInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var revision = calendar.Revision;
        if (revision != _countedRevision && await RecountAsync(cancellationToken))
            _countedRevision = revision;
        await RaiseAlarmsAsync(cancellationToken);
    }

    /// <summary>
    /// On the first pass, the deadlines counted on a provisional year (a schedule may have come with this release) or
    /// left unknown by an earlier release; after a schedule is installed, also every deadline reaching into its year.
    /// False when a case changed meanwhile: the next pass tries again.
    /// </summary>
    private async Task<bool> RecountAsync(CancellationToken cancellationToken)
    {
        var since = _countedRevision is { } counted && calendar.YearsInstalledSince(counted) is { Count: > 0 } years
            ? new DateTimeOffset(years.Min(), 1, 1, 0, 0, 0, WorkingDayCalendar.ChinaOffset)
            : DateTimeOffset.MaxValue;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var caseIds = await db.Stages
            .Where(s => s.ClockRunning && (s.DueAt == null || s.DueAt >= since || db.Applications.Any(a => a.Id == s.CaseId && a.CountedProvisionally)))
            .Select(s => s.CaseId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var complete = true;
        foreach (var caseId in caseIds)
            complete &= await ChangeAsync(db, caseId, "recompute-deadline",
                (application, now) => application.Recompute(calendar, now) is { } recomputed ? [recomputed] : [], cancellationToken);
        return complete;
    }

    private async Task RaiseAlarmsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var caseIds = await db.Stages
            .Where(s => s.ClockRunning && ((s.DueSoonRaisedAt == null && s.DueSoonAt <= now) || (s.OverdueRaisedAt == null && s.DueAt < now)))
            .Select(s => s.CaseId)
            .Distinct()
            .OrderBy(id => id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var caseId in caseIds)
            await ChangeAsync(db, caseId, null, (application, at) => application.RaiseAlarms(calendar, at), cancellationToken);
    }

    /// <summary>Applies one change to one case with its events and audit entries; false when the case changed meanwhile.</summary>
    private async Task<bool> ChangeAsync(TDbContext db, Guid caseId, string? action,
        Func<UtilityApplication<TDetails>, DateTimeOffset, IReadOnlyList<object>> change, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var application = await db.Cases.SingleAsync(a => a.Id == caseId, cancellationToken);
        var events = change(application, now);
        if (events.Count == 0)
            return true;
        db.PublishAll(events);
        foreach (var raised in events)
            db.Audit(AuditActor.Service(profile.Name), $"utility-application.{action ?? AlarmName(raised)}", application.AuditResource,
                application.ApplicantKey, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("{Utility} case {CaseId} changed during the deadline check; it is looked at again on the next pass", profile.Name, caseId);
            return false;
        }
    }

    private static string AlarmName(object alarm) => alarm is Contracts.UtilityStageOverdue ? "overdue" : "due-soon";
}
