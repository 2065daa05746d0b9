using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Notification.Notifications;

/// <summary>Reminds the applicant of a document it committed to give (容缺) and did not give in time: once per commitment.</summary>
public sealed class CommitmentOverdueConsumer(NotificationDbContext db, TimeProvider clock, ILogger<CommitmentOverdueConsumer> logger)
    : IdempotentConsumer<DocumentCommitmentOverdue, NotificationDbContext>(db, logger)
{
    protected override string ConsumerName => "applicant-notice:DocumentCommitmentOverdue";

    protected override async Task HandleAsync(ConsumeContext<DocumentCommitmentOverdue> context)
    {
        var message = context.Message;
        var contact = await Db.Contacts.FindAsync([message.ApplicationId], context.CancellationToken)
            ?? throw new InvalidOperationException($"No contact is known yet for joint application {message.ApplicationId}.");
        var notification = Notification.ToApplicant(contact, context.MessageId!.Value, nameof(DocumentCommitmentOverdue),
            NotificationText.CommitmentOverdue(contact, message), clock.GetUtcNow());
        Db.Notifications.Add(notification);
        Db.Audit(AuditActor.Service(NotificationService.Name), "notification.create", $"notification/{notification.Id}",
            contact.ApplicantKey, notification.CreatedAt);
    }
}
