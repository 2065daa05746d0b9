using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Calendar;
using OneStop.Intake.Documents;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;

namespace OneStop.Intake.Applications.Commitments;

/// <summary>
/// Keeps commitments (容缺) on time. When the calendar changes (a year's schedule installed, in this process or before
/// it started) it counts every open commitment's due date again, and it raises each commitment that passed its due
/// date without the document, once. Each change commits with its timeline entry and its event's outbox row, so a
/// restart or a second replica neither repeats nor loses one; a recount that moves nothing writes nothing.
/// </summary>
public sealed class CommitmentWatcher(
    IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, IOptions<DocumentOptions> options, ILogger<CommitmentWatcher> logger)
    : PeriodicJob(logger)
{
    private const int BatchSize = 200;

    /// <summary>The calendar revision every open commitment is counted on; null until the first pass has looked.</summary>
    private int? _countedRevision;

    protected override TimeSpan Interval => options.Value.CommitmentWatcherInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var revision = calendar.Revision;
        if (revision != _countedRevision)
        {
            var complete = true;
            foreach (var applicationId in await DueDatesThatMoveAsync(db, cancellationToken))
                complete &= await UpdateAsync(db, applicationId, "application.commitment-due-date",
                    (application, now) => application.RecountCommitments(calendar, now), cancellationToken);
            if (complete)
                _countedRevision = revision;
        }
        var now = clock.GetUtcNow();
        var overdue = await db.ApplicationDocuments
            .Where(d => d.DocumentId == null && d.OverdueRaisedAt == null && d.CommitmentDueAt < now)
            .Select(d => d.ApplicationId)
            .Distinct()
            .OrderBy(id => id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var applicationId in overdue)
            await UpdateAsync(db, applicationId, "application.commitment-overdue", (application, at) => application.RaiseOverdueCommitments(calendar, at),
                cancellationToken);
    }

    /// <summary>Applications with an open commitment whose due date, counted on the calendar as it now stands, is another.</summary>
    private async Task<List<Guid>> DueDatesThatMoveAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.ApplicationDocuments
            .Where(d => d.DocumentId == null && d.CommitmentWorkingDays != null)
            .Join(db.Applications, d => d.ApplicationId, a => a.Id, (d, a) => new { a.Id, a.SubmittedAt, Days = d.CommitmentWorkingDays!.Value, d.CommitmentDueAt })
            .ToListAsync(cancellationToken);
        return open.Where(c => ApplicationDocument.Moves(c.CommitmentDueAt, calendar.AddWorkingDays(c.SubmittedAt, c.Days))).Select(c => c.Id).Distinct().ToList();
    }

    /// <summary>One change to one application with its events and audit entry; false when the application changed meanwhile.</summary>
    private async Task<bool> UpdateAsync(IntakeDbContext db, Guid applicationId, string auditAction,
        Func<JointApplication, DateTimeOffset, IReadOnlyList<object>> change, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var application = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == applicationId, cancellationToken);
        var events = change(application, now);
        if (events.Count == 0)
            return true;
        db.PublishAll(events);
        db.Audit(AuditActor.Service(IntakeService.Name), auditAction, application.AuditResource, application.ApplicantKey, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Application {ApplicationId} changed during the commitment check; it is looked at again on the next pass", applicationId);
            return false;
        }
    }
}
