using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Security.Audit;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;

namespace OneStop.Intake.Applications.Progress;

public sealed class UtilityApplicationReceivedConsumer(IntakeDbContext db, ILogger<UtilityApplicationReceivedConsumer> logger)
    : IdempotentConsumer<UtilityApplicationReceived, IntakeDbContext>(db, logger)
{
    // The name earlier releases derived from the type: their inbox rows carry it.
    protected override string ConsumerName => "UtilityApplicationReceivedConsumer";

    protected override async Task HandleAsync(ConsumeContext<UtilityApplicationReceived> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        var application = await Db.Applications
            .Include(a => a.Utilities)
            .SingleOrDefaultAsync(a => a.Id == message.ApplicationId, cancellationToken)
            ?? throw new InvalidOperationException($"Joint application {message.ApplicationId} is unknown to intake.");
        application.MarkReceived(message.Utility, message.UtilityApplicationId, message.ReceivedAt);
        Db.Audit(AuditActor.Service(IntakeService.Name), "application.mark-received", application.AuditResource,
            application.ApplicantKey, message.ReceivedAt);
    }
}
