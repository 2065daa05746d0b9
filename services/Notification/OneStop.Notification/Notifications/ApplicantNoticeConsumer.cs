using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Notification.Notifications;

/// <summary>Tells the applicant about a utility milestone: once per event, however often it is delivered.</summary>
public sealed class ApplicantNoticeConsumer<TEvent>(NotificationDbContext db, TimeProvider clock, ILogger<ApplicantNoticeConsumer<TEvent>> logger)
    : IdempotentConsumer<TEvent, NotificationDbContext>(db, logger)
    where TEvent : class, IUtilityCaseEvent
{
    protected override string ConsumerName => $"applicant-notice:{typeof(TEvent).Name}";

    protected override async Task HandleAsync(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        // As for receipts (see UtilityApplicationReceivedConsumer): the bus's retry waits for the contact.
        var contact = await Db.Contacts.FindAsync([message.ApplicationId], context.CancellationToken)
            ?? throw new InvalidOperationException($"No contact is known yet for joint application {message.ApplicationId}.");
        var notification = Notification.ToApplicant(contact, context.MessageId!.Value, typeof(TEvent).Name,
            NotificationText.ForApplicant(contact, message), clock.GetUtcNow());
        Db.Notifications.Add(notification);
        Db.Audit(AuditActor.Service(NotificationService.Name), "notification.create", $"notification/{notification.Id}",
            contact.ApplicantKey, notification.CreatedAt);
    }
}
