using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.UtilityKernel.Intake;

/// <summary>A document the applicant committed to give has arrived: the stage that waited for it may complete, its clock runs again.</summary>
public sealed class CommittedDocumentProvidedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<CommittedDocumentProvidedConsumer<TDbContext, TDetails>> logger)
    : IdempotentConsumer<CommittedDocumentProvided, TDbContext>(db, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "committed-document-provided";

    protected override async Task HandleAsync(ConsumeContext<CommittedDocumentProvided> context)
    {
        var message = context.Message;
        if (await Db.Cases.WaitingForDocumentAsync(profile.Utility, message.ApplicationId, message.NeededBy, context.CancellationToken) is not { } application
            || application.DocumentProvided(message.Type, message.DocumentId, message.Sha256, calendar, message.ProvidedAt) is not { } events)
            return;
        Db.PublishAll(events);
        Db.Audit(AuditActor.Service(profile.Name), "utility-application.document-provided", application.AuditResource,
            application.ApplicantKey, message.ProvidedAt);
    }
}
