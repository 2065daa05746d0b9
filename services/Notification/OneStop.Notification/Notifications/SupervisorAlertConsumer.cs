using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>Tells a utility's supervisors that one of its stages is due soon or overdue; an overdue alert is urgent.</summary>
public sealed class SupervisorAlertConsumer<TAlert>(NotificationDbContext db, Notifier notifier, ILogger<SupervisorAlertConsumer<TAlert>> logger)
    : IdempotentConsumer<TAlert, NotificationDbContext>(db, logger)
    where TAlert : class
{
    protected override string ConsumerName => $"supervisor-alert:{typeof(TAlert).Name}";

    protected override Task HandleAsync(ConsumeContext<TAlert> context)
    {
        var (utility, applicationId, kind, urgent, values) = context.Message switch
        {
            UtilityStageDueSoon alarm => (alarm.Utility, alarm.ApplicationId, MessageKind.StageDueSoon, false,
                Values(alarm.ApplicationNumber, alarm.Stage, alarm.DueAt, alarm.DueCalendar)),
            UtilityStageOverdue alarm => (alarm.Utility, alarm.ApplicationId, MessageKind.StageOverdue, true,
                Values(alarm.ApplicationNumber, alarm.Stage, alarm.DueAt, alarm.DueCalendar)),
            _ => throw new ArgumentOutOfRangeException(nameof(context), typeof(TAlert).Name, "not a deadline alarm"),
        };
        notifier.ToSupervisors(utility, applicationId, context.MessageId!.Value, typeof(TAlert).Name, kind, values.Company(utility), urgent);
        return Task.CompletedTask;
    }

    private static TemplateValues Values(string applicationNumber, StageName stage, DateTimeOffset dueAt, CalendarBasis? basis) =>
        new TemplateValues().Set("applicationNumber", applicationNumber).Stage(stage).Deadline(dueAt, basis);
}
