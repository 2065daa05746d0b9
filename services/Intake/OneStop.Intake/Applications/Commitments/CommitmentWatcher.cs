using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Calendar;
using OneStop.Intake.Documents;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;

namespace OneStop.Intake.Applications;

/// <summary>
/// Keeps commitments (容缺) on time. It sets the due dates that were unknown at signing once their year's holiday
/// schedule is installed, and raises each commitment that passed its due date without the document, once. Each change
/// commits with its timeline entry and its event's outbox row, so a restart or a second replica neither repeats nor
/// loses one.
/// </summary>
public sealed class CommitmentWatcher(
    IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, IOptions<DocumentOptions> options, ILogger<CommitmentWatcher> logger)
    : PeriodicJob(logger)
{
    private const int BatchSize = 200;

    protected override TimeSpan Interval => options.Value.CommitmentWatcherInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        foreach (var applicationId in await DueDatesToSetAsync(db, cancellationToken))
            await UpdateAsync(db, applicationId, "application.commitment-due-date", application => application.SetCommitmentDueDates(calendar, now), now,
                cancellationToken);
        var overdue = await db.ApplicationDocuments
            .Where(d => d.DocumentId == null && d.OverdueRaisedAt == null && d.CommitmentDueAt < now)
            .Select(d => d.ApplicationId)
            .Distinct()
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var applicationId in overdue)
            await UpdateAsync(db, applicationId, "application.commitment-overdue", application => application.RaiseOverdueCommitments(now), now,
                cancellationToken);
    }

    /// <summary>Applications with a commitment whose due date was unknown and can now be computed; none while the schedule is missing.</summary>
    private async Task<List<Guid>> DueDatesToSetAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var unknown = await db.ApplicationDocuments
            .Where(d => d.DocumentId == null && d.CommitmentDueAt == null && d.CommitmentWorkingDays != null)
            .Join(db.Applications, d => d.ApplicationId, a => a.Id, (d, a) => new { a.Id, a.SubmittedAt, Days = d.CommitmentWorkingDays!.Value })
            .ToListAsync(cancellationToken);
        return unknown.Where(u => calendar.AddWorkingDaysIfScheduled(u.SubmittedAt, u.Days) is not null)
            .Select(u => u.Id).Distinct().Take(BatchSize).ToList();
    }

    private async Task UpdateAsync(IntakeDbContext db, Guid applicationId, string auditAction, Func<JointApplication, IReadOnlyList<object>> change,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var application = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == applicationId, cancellationToken);
        db.PublishAll(change(application));
        db.Audit(AuditActor.Service(IntakeService.Name), auditAction, $"joint-application/{application.Id}", application.ApplicantKey, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Application {ApplicationId} changed during the commitment check; it is looked at again on the next pass", applicationId);
        }
    }
}
