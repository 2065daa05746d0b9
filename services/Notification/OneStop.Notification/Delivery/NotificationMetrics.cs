using System.Diagnostics.Metrics;

namespace OneStop.Notification.Delivery;

/// <summary>What an operator watches to see that messages go out: sent, attempts failed, and messages given up on.</summary>
public static class NotificationMetrics
{
    private static readonly Meter Meter = new("OneStop.Notification");

    public static readonly Counter<long> Sent = Meter.CreateCounter<long>("onestop.notifications.sent", description: "Messages a binding accepted, by channel");

    public static readonly Counter<long> AttemptsFailed =
        Meter.CreateCounter<long>("onestop.notifications.attempts_failed", description: "Sending attempts that failed and will be retried, by channel");

    public static readonly Counter<long> Failed =
        Meter.CreateCounter<long>("onestop.notifications.failed", description: "Messages whose every attempt failed, by channel");
}
