using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Intake.Applications.Progress;

/// <summary>Keeps the joint application's view of one utility current: its stage, deadline, forecast and timeline.</summary>
public sealed class UtilityEventConsumer<TEvent>(IntakeDbContext db, TimeProvider clock, ILogger<UtilityEventConsumer<TEvent>> logger)
    : IdempotentConsumer<TEvent, IntakeDbContext>(db, logger)
    where TEvent : class, IUtilityCaseEvent
{
    protected override string ConsumerName => $"utility-event:{typeof(TEvent).Name}";

    protected override async Task HandleAsync(ConsumeContext<TEvent> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        var application = await ApplicationWithUtilities.LoadAsync(Db, message.ApplicationId, cancellationToken);
        application.Record(message, clock.GetUtcNow());
        Db.Audit(AuditActor.Service(IntakeService.Name), "application.record-utility-event", application.AuditResource,
            application.ApplicantKey, clock.GetUtcNow());
    }
}
