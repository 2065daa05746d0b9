using MassTransit;
using Microsoft.Extensions.Logging;
using OneStop.Contracts.Fees;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Intake.Applications.Progress;

/// <summary>Keeps the application's view of a utility's quote current, and tells the applicant why it moved.</summary>
public sealed class UtilityQuoteChangedConsumer(IntakeDbContext db, ILogger<UtilityQuoteChangedConsumer> logger)
    : IdempotentConsumer<UtilityQuoteChanged, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "utility-quote-changed";

    protected override async Task HandleAsync(ConsumeContext<UtilityQuoteChanged> context)
    {
        var application = await ApplicationWithUtilities.LoadAsync(Db, context.Message.ApplicationId, context.CancellationToken);
        application.RecordQuote(context.Message);
        Db.Audit(AuditActor.Service(IntakeService.Name), "application.record-quote", application.AuditResource, application.ApplicantKey,
            context.Message.ChangedAt);
    }
}
