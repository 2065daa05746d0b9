using Microsoft.Extensions.Logging;
using OneStop.Notification.Recipients;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>
/// Tells the applicant about a utility milestone — a correction needed, a stage completed, a rejection, a connection, a
/// deadline that moved — once per event, however often it is delivered.
/// </summary>
public sealed class ApplicantNoticeConsumer<TEvent>(NotificationDbContext db, Notifier notifier, ILogger<ApplicantNoticeConsumer<TEvent>> logger)
    : IdempotentConsumer<TEvent, NotificationDbContext>(db, logger)
    where TEvent : class, IUtilityCaseEvent
{
    protected override string ConsumerName => $"applicant-notice:{typeof(TEvent).Name}";

    protected override async Task HandleAsync(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        if (Message(message) is not var (kind, values))
            return;
        var contact = await Db.ContactOfAsync(message.ApplicationId, context.CancellationToken);
        await notifier.ToApplicantAsync(contact, context.MessageId!.Value, typeof(TEvent).Name, kind, values.Company(message.Utility), context.CancellationToken);
    }

    /// <summary>The message an event makes; none for the last stage's completion, which the connection's message tells.</summary>
    private static (MessageKind, TemplateValues)? Message(IUtilityCaseEvent utilityEvent) => utilityEvent switch
    {
        UtilityCorrectionRequested requested => (MessageKind.CorrectionRequested, new TemplateValues().Stage(requested.Stage).Set("needed", requested.Needed)),
        UtilityStageCompleted { State.Status: UtilityCaseStatus.Connected } => null,
        UtilityStageCompleted completed => (MessageKind.StageCompleted, new TemplateValues().Stage(completed.Stage)),
        UtilityApplicationRejected rejected => (MessageKind.Rejected, new TemplateValues().Set("reason", rejected.Reason)),
        UtilityConnected => (MessageKind.Connected, new TemplateValues()),
        UtilityDeadlineRecomputed { DeadlineMoved: false } => null,
        UtilityDeadlineRecomputed moved => (MessageKind.DeadlineMoved, new TemplateValues().Stage(moved.Stage)
            .Deadline(moved.PreviousDueAt, null, "previous").Deadline(moved.State.DueAt, moved.DueCalendar)),
        _ => throw new ArgumentOutOfRangeException(nameof(utilityEvent), utilityEvent.GetType().Name, "not an applicant milestone"),
    };
}
