using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;

namespace OneStop.Notification.Notifications;

public sealed class JointApplicationSubmittedConsumer(NotificationDbContext db, TimeProvider clock, ILogger<JointApplicationSubmittedConsumer> logger)
    : IdempotentConsumer<JointApplicationSubmitted, NotificationDbContext>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<JointApplicationSubmitted> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        var contact = new ApplicationContact(message.ApplicationId, message.ApplicationNumber, message.Applicant.ContactName, message.Applicant.Phone);
        if (await Db.Contacts.FindAsync([contact.ApplicationId], cancellationToken) is null)
            Db.Contacts.Add(contact);
        Db.Notifications.Add(Notification.ToApplicant(contact, context.MessageId!.Value, nameof(JointApplicationSubmitted),
            NotificationText.Submitted(contact), clock.GetUtcNow()));
    }
}
