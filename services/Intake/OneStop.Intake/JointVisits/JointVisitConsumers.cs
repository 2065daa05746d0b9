using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStop.Contracts;
using OneStop.Contracts.JointSteps;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Progress;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Intake.JointVisits;

/// <summary>The joint visits' side of the utilities' news: who needs a visit, what they found, a visit missed, a utility gone.</summary>
public static class JointVisitProcess
{
    /// <summary>A utility has the application: it joins the visits its case needs, and once every utility has it, booking opens.</summary>
    public static async Task ReceivedAsync(IntakeDbContext db, JointApplication application, UtilityApplicationReceived received, CancellationToken cancellationToken)
    {
        var everyoneReceived = application.Utilities.All(u => u.ReceivedAt is not null);
        // Most receipts need no visit and are not the last: they cost no query.
        if (received.JointSteps is not { Count: > 0 } && !everyoneReceived)
            return;
        var visits = await db.JointVisits.Where(v => v.ApplicationId == application.Id).ToListAsync(cancellationToken);
        foreach (var step in received.JointSteps ?? [])
        {
            if (visits.SingleOrDefault(v => v.Step == step) is not { } visit)
            {
                visit = JointVisit.For(application.Id, step, received.ReceivedAt);
                db.JointVisits.Add(visit);
                visits.Add(visit);
            }
            visit.Join(received.Utility, received.UtilityApplicationId);
        }
        if (everyoneReceived)
            foreach (var visit in visits)
                if (visit.OpenForBooking(application, application.Utilities.Max(u => u.ReceivedAt)!.Value) is { } opened)
                    db.Publish(opened);
    }
}

/// <summary>A utility has come to its inspection: once every utility in the joint acceptance has, the applicant books it.</summary>
public sealed class UtilityReadyForVisitConsumer(IntakeDbContext db, ILogger<UtilityReadyForVisitConsumer> logger)
    : IdempotentConsumer<UtilityReadyForVisit, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "utility-ready-for-visit";

    protected override async Task HandleAsync(ConsumeContext<UtilityReadyForVisit> context)
    {
        var message = context.Message;
        if (await Db.JointVisits.SingleOrDefaultAsync(v => v.ApplicationId == message.ApplicationId && v.Step == message.Step, context.CancellationToken) is not { } visit)
            return;
        visit.Ready(message.Utility, message.ReadyAt);
        var application = await ApplicationWithUtilities.LoadAsync(Db, message.ApplicationId, context.CancellationToken);
        if (application.Utilities.All(u => u.ReceivedAt is not null) && visit.OpenForBooking(application, message.ReadyAt) is { } opened)
            Db.Publish(opened);
    }
}

public sealed class UtilityVisitRecordedConsumer(IntakeDbContext db, ILogger<UtilityVisitRecordedConsumer> logger)
    : IdempotentConsumer<UtilityVisitRecorded, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "utility-visit-recorded";

    protected override async Task HandleAsync(ConsumeContext<UtilityVisitRecorded> context)
    {
        var message = context.Message;
        var application = await ApplicationWithUtilities.LoadAsync(Db, message.ApplicationId, context.CancellationToken);
        if (await Db.JointVisits.SingleOrDefaultAsync(v => v.ApplicationId == message.ApplicationId && v.Step == message.Step, context.CancellationToken) is not { } visit)
            return;
        Db.PublishAll(visit.Record(application, message));
        Db.Audit(AuditActor.Service(IntakeService.Name), "application.record-visit", application.AuditResource, application.ApplicantKey, message.RecordedAt);
    }
}

public sealed class UtilityVisitMissedConsumer(IntakeDbContext db, ILogger<UtilityVisitMissedConsumer> logger)
    : IdempotentConsumer<UtilityVisitMissed, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "utility-visit-missed";

    protected override async Task HandleAsync(ConsumeContext<UtilityVisitMissed> context)
    {
        var message = context.Message;
        var application = await ApplicationWithUtilities.LoadAsync(Db, message.ApplicationId, context.CancellationToken);
        if (await Db.JointVisits.SingleOrDefaultAsync(v => v.ApplicationId == message.ApplicationId && v.Step == message.Step, context.CancellationToken) is not { } visit
            || visit.Missed(application, message) is not { } cancelled)
            return;
        Db.Publish(cancelled);
        Db.Audit(AuditActor.Service(IntakeService.Name), "application.visit-missed", application.AuditResource, application.ApplicantKey, message.ReportedAt);
    }
}

/// <summary>A utility that rejected the application no longer comes to its joint visits.</summary>
public sealed class JointVisitWithdrawalConsumer(IntakeDbContext db, ILogger<JointVisitWithdrawalConsumer> logger)
    : IdempotentConsumer<UtilityApplicationRejected, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "joint-visit-withdrawal";

    protected override async Task HandleAsync(ConsumeContext<UtilityApplicationRejected> context)
    {
        var message = context.Message;
        var visits = await Db.JointVisits.Where(v => v.ApplicationId == message.ApplicationId).ToListAsync(context.CancellationToken);
        if (visits.Count == 0)
            return;
        var application = await ApplicationWithUtilities.LoadAsync(Db, message.ApplicationId, context.CancellationToken);
        foreach (var visit in visits)
            Db.PublishAll(visit.Withdraw(application, message.Utility, message.RejectedAt));
    }
}
