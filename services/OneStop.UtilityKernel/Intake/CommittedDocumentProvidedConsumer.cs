using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.UtilityKernel.Intake;

/// <summary>A document the applicant committed to give has arrived: the stage that waited for it may complete.</summary>
public sealed class CommittedDocumentProvidedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, ILogger<CommittedDocumentProvidedConsumer<TDbContext, TDetails>> logger)
    : IdempotentConsumer<CommittedDocumentProvided, TDbContext>(db, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "committed-document-provided";

    protected override async Task HandleAsync(ConsumeContext<CommittedDocumentProvided> context)
    {
        var message = context.Message;
        if (await Db.Cases.WaitingForDocumentAsync(profile.Utility, message.ApplicationId, message.NeededBy, context.CancellationToken) is not { } application
            || !application.DocumentProvided(message.Type, message.DocumentId, message.Sha256, message.ProvidedAt))
            return;
        Db.Audit(AuditActor.Service(profile.Name), "utility-application.document-provided", application.AuditResource,
            application.ApplicantKey, message.ProvidedAt);
    }
}
