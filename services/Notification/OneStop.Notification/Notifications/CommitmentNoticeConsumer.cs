using Microsoft.Extensions.Logging;
using OneStop.Notification.Recipients;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>
/// Tells the applicant about a document it committed to give (容缺): that it is overdue, or that its due date moved when
/// working days were counted again. Once per event.
/// </summary>
public sealed class CommitmentNoticeConsumer<TMessage>(NotificationDbContext db, Notifier notifier, ILogger<CommitmentNoticeConsumer<TMessage>> logger)
    : IdempotentConsumer<TMessage, NotificationDbContext>(db, logger)
    where TMessage : class
{
    protected override string ConsumerName => $"applicant-notice:{typeof(TMessage).Name}";

    protected override async Task HandleAsync(ConsumeContext<TMessage> context)
    {
        var (applicationId, kind, values) = context.Message switch
        {
            DocumentCommitmentOverdue overdue => (overdue.ApplicationId, MessageKind.CommitmentOverdue,
                new TemplateValues().Set("document", overdue.NameZh, overdue.NameEn).Deadline(overdue.DueAt, overdue.DueCalendar)),
            DocumentCommitmentDueDateSet moved => (moved.ApplicationId, MessageKind.CommitmentDueMoved,
                new TemplateValues().Set("document", moved.NameZh ?? moved.Type, moved.NameEn ?? moved.Type)
                    .Deadline(moved.PreviousDueAt, null, "previous").Deadline(moved.DueAt, moved.DueCalendar)),
            _ => throw new ArgumentOutOfRangeException(nameof(context), typeof(TMessage).Name, "not a commitment notice"),
        };
        var contact = await Db.ContactOfAsync(applicationId, context.CancellationToken);
        await notifier.ToApplicantAsync(contact, context.MessageId!.Value, typeof(TMessage).Name, kind, values, context.CancellationToken);
    }
}
