using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Calendar;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.Workflow;

namespace OneStop.UtilityKernel;

/// <summary>
/// Raises due-soon (80% of a stage's limit) and overdue once per stage. The mark that an alarm was raised commits with
/// the alarm's outbox row, so a restart, a crash or a second replica never raises one twice or loses one: replicas
/// that pick the same case collide on its concurrency token, and the loser looks again on its next pass.
/// </summary>
public sealed class SlaWatcher<TDbContext, TDetails>(
    IServiceScopeFactory scopes, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, TimeProvider clock,
    IOptions<WorkflowOptions> options, ILogger<SlaWatcher<TDbContext, TDetails>> logger) : PeriodicJob(logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    private const int BatchSize = 200;

    protected override TimeSpan Interval => options.Value.SlaWatcherInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var caseIds = await db.Stages
            .Where(s => s.ClockRunning && ((s.DueSoonRaisedAt == null && s.DueSoonAt <= now) || (s.OverdueRaisedAt == null && s.DueAt < now) || s.DueAt == null))
            .Select(s => s.CaseId)
            .Distinct()
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var caseId in caseIds)
        {
            db.ChangeTracker.Clear();
            var application = await db.Cases.SingleAsync(a => a.Id == caseId, cancellationToken);
            var deadlineFound = application.RefreshUnknownDeadline(calendar, now);
            var alarms = application.RaiseAlarms(now);
            if (!deadlineFound && alarms.Count == 0)
                continue;
            db.PublishAll(alarms);
            foreach (var alarm in alarms)
                db.Audit(AuditActor.Service(profile.Name), $"utility-application.{AlarmName(alarm)}", $"{profile.Name}-application/{application.Id}",
                    application.ApplicantKey, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("{Utility} case {CaseId} changed during the SLA check; it is looked at again on the next pass", profile.Name, caseId);
            }
        }
    }

    private static string AlarmName(object alarm) => alarm is Contracts.UtilityStageOverdue ? "overdue" : "due-soon";
}
