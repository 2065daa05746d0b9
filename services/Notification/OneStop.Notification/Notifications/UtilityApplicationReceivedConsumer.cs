using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Notification.Notifications;

public sealed class UtilityApplicationReceivedConsumer(NotificationDbContext db, TimeProvider clock, ILogger<UtilityApplicationReceivedConsumer> logger)
    : IdempotentConsumer<UtilityApplicationReceived, NotificationDbContext>(db, logger)
{
    protected override async Task HandleAsync(ConsumeContext<UtilityApplicationReceived> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        // With several replicas of this service a receipt may still be handled before the submission that names the
        // recipient (see NotificationService); throwing hands it to the bus's retry, by which time the contact is known.
        var contact = await Db.Contacts.FindAsync([message.ApplicationId], cancellationToken)
            ?? throw new InvalidOperationException($"No contact is known yet for joint application {message.ApplicationId}.");
        var notification = Notification.ToApplicant(contact, context.MessageId!.Value, nameof(UtilityApplicationReceived),
            NotificationText.ReceivedBy(contact, message.Utility), clock.GetUtcNow());
        Db.Notifications.Add(notification);
        Db.Audit(AuditActor.Service(NotificationService.Name), "notification.create", $"notification/{notification.Id}",
            contact.ApplicantKey, notification.CreatedAt);
    }
}
