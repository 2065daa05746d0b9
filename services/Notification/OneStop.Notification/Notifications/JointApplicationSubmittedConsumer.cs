using Microsoft.Extensions.Logging;
using OneStop.Notification.Recipients;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>Learns whom to tell about the application, and tells the applicant it was submitted.</summary>
public sealed class JointApplicationSubmittedConsumer(NotificationDbContext db, Notifier notifier, ILogger<JointApplicationSubmittedConsumer> logger)
    : IdempotentConsumer<JointApplicationSubmitted, NotificationDbContext>(db, logger)
{
    // The name earlier releases derived from the type: their inbox rows carry it.
    protected override string ConsumerName => "JointApplicationSubmittedConsumer";

    protected override async Task HandleAsync(ConsumeContext<JointApplicationSubmitted> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        var contact = new ApplicationContact(message.ApplicationId, message.ApplicationNumber, message.ApplicantKey,
            message.Applicant.ContactName, message.Applicant.Phone, message.Applicant.Email);
        if (await Db.FindContactAsync(contact.ApplicationId, cancellationToken) is null)
            Db.Contacts.Add(contact);
        await notifier.ToApplicantAsync(contact, context.MessageId!.Value, nameof(JointApplicationSubmitted), MessageKind.Submitted, new TemplateValues(),
            cancellationToken);
    }
}
