using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Intake.Documents;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;

namespace OneStop.Intake.Applications;

/// <summary>
/// Raises each commitment (容缺) that passed its due date without the document, once: the mark commits with the timeline
/// entry and the event's outbox row, so a restart or a second replica neither repeats nor loses one.
/// </summary>
public sealed class CommitmentWatcher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<DocumentOptions> options, ILogger<CommitmentWatcher> logger)
    : PeriodicJob(logger)
{
    private const int BatchSize = 200;

    protected override TimeSpan Interval => options.Value.CommitmentWatcherInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var applicationIds = await db.ApplicationDocuments
            .Where(d => d.DocumentId == null && d.OverdueRaisedAt == null && d.CommitmentDueAt < now)
            .Select(d => d.ApplicationId)
            .Distinct()
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var applicationId in applicationIds)
        {
            db.ChangeTracker.Clear();
            var application = await db.Applications.Include(a => a.Documents).SingleAsync(a => a.Id == applicationId, cancellationToken);
            db.PublishAll(application.RaiseOverdueCommitments(now));
            db.Audit(AuditActor.Service(IntakeService.Name), "application.commitment-overdue", $"joint-application/{application.Id}", application.ApplicantKey, now);
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
}
