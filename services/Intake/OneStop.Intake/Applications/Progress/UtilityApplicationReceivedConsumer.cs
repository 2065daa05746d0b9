using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Security.Audit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Intake.JointVisits;

namespace OneStop.Intake.Applications.Progress;

public sealed class UtilityApplicationReceivedConsumer(IntakeDbContext db, TimeProvider clock, ILogger<UtilityApplicationReceivedConsumer> logger)
    : IdempotentConsumer<UtilityApplicationReceived, IntakeDbContext>(db, logger)
{
    // The name earlier releases derived from the type: their inbox rows carry it.
    protected override string ConsumerName => "UtilityApplicationReceivedConsumer";

    protected override async Task HandleAsync(ConsumeContext<UtilityApplicationReceived> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        var application = await ApplicationWithUtilities.LoadAsync(Db, message.ApplicationId, cancellationToken);
        application.MarkReceived(message.Utility, message.UtilityApplicationId, message.Quote, message.ReceivedAt);
        if (message.AcceptanceStarted is { } acceptance)
            application.Record(acceptance, clock.GetUtcNow());
        await JointVisitProcess.ReceivedAsync(Db, application, message, cancellationToken);
        Db.Audit(AuditActor.Service(IntakeService.Name), "application.mark-received", application.AuditResource,
            application.ApplicantKey, message.ReceivedAt);
    }
}
