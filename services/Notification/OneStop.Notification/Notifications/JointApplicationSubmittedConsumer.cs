using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Notification.Notifications;

public sealed class JointApplicationSubmittedConsumer(NotificationDbContext db, TimeProvider clock, ILogger<JointApplicationSubmittedConsumer> logger)
    : IdempotentConsumer<JointApplicationSubmitted, NotificationDbContext>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<JointApplicationSubmitted> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        var contact = new ApplicationContact(message.ApplicationId, message.ApplicationNumber, message.ApplicantKey,
            message.Applicant.ContactName, message.Applicant.Phone);
        if (await Db.Contacts.FindAsync([contact.ApplicationId], cancellationToken) is null)
            Db.Contacts.Add(contact);
        var notification = Notification.ToApplicant(contact, context.MessageId!.Value, nameof(JointApplicationSubmitted),
            NotificationText.Submitted(contact), clock.GetUtcNow());
        Db.Notifications.Add(notification);
        Db.Audit(AuditActor.Service(NotificationService.Name), "notification.create", $"notification/{notification.Id}",
            contact.ApplicantKey, notification.CreatedAt);
    }
}
