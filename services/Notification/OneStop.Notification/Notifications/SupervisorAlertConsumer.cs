using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Notification.Notifications;

/// <summary>Tells a utility's supervisors that one of its stages is due soon or overdue.</summary>
public sealed class SupervisorAlertConsumer<TAlert>(NotificationDbContext db, TimeProvider clock, ILogger<SupervisorAlertConsumer<TAlert>> logger)
    : IdempotentConsumer<TAlert, NotificationDbContext>(db, logger)
    where TAlert : class
{
    protected override string ConsumerName => $"supervisor-alert:{typeof(TAlert).Name}";

    protected override Task HandleAsync(ConsumeContext<TAlert> context)
    {
        var (utility, applicationId, text) = context.Message switch
        {
            UtilityStageDueSoon alarm => (alarm.Utility, alarm.ApplicationId, NotificationText.DueSoon(alarm)),
            UtilityStageOverdue alarm => (alarm.Utility, alarm.ApplicationId, NotificationText.Overdue(alarm)),
            _ => throw new ArgumentOutOfRangeException(nameof(context), typeof(TAlert).Name, "not a deadline alarm"),
        };
        var notification = Notification.ToSupervisors(utility, applicationId, context.MessageId!.Value, typeof(TAlert).Name, text, clock.GetUtcNow());
        Db.Notifications.Add(notification);
        Db.Audit(AuditActor.Service(NotificationService.Name), "notification.create", $"notification/{notification.Id}", null, notification.CreatedAt);
        return Task.CompletedTask;
    }
}
