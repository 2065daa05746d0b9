using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>Reminds the applicant of a document it committed to give (容缺) and did not give in time: once per commitment.</summary>
public sealed class CommitmentOverdueConsumer(NotificationDbContext db, Notifier notifier, ILogger<CommitmentOverdueConsumer> logger)
    : IdempotentConsumer<DocumentCommitmentOverdue, NotificationDbContext>(db, logger)
{
    protected override string ConsumerName => "applicant-notice:DocumentCommitmentOverdue";

    protected override async Task HandleAsync(ConsumeContext<DocumentCommitmentOverdue> context)
    {
        var message = context.Message;
        var contact = await Db.ContactOfAsync(message.ApplicationId, context.CancellationToken);
        await notifier.ToApplicantAsync(contact, context.MessageId!.Value, nameof(DocumentCommitmentOverdue), MessageKind.CommitmentOverdue,
            new TemplateValues().Set("document", message.NameZh, message.NameEn).Deadline(message.DueAt), context.CancellationToken);
    }
}
