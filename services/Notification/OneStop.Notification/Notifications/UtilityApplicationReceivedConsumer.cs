using Microsoft.Extensions.Logging;
using OneStop.Notification.Recipients;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

public sealed class UtilityApplicationReceivedConsumer(NotificationDbContext db, Notifier notifier, ILogger<UtilityApplicationReceivedConsumer> logger)
    : IdempotentConsumer<UtilityApplicationReceived, NotificationDbContext>(db, logger)
{
    // The name earlier releases derived from the type: their inbox rows carry it.
    protected override string ConsumerName => "UtilityApplicationReceivedConsumer";

    protected override async Task HandleAsync(ConsumeContext<UtilityApplicationReceived> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        var contact = await Db.ContactOfAsync(message.ApplicationId, cancellationToken);
        await notifier.ToApplicantAsync(contact, context.MessageId!.Value, nameof(UtilityApplicationReceived), MessageKind.Received,
            new TemplateValues().Company(message.Utility), cancellationToken);
    }
}
