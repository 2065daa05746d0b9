using System.Diagnostics.Metrics;

namespace OneStop.Messaging;

/// <summary>What an operator watches to see that messaging is healthy: rows published, publishes failing, duplicates absorbed.</summary>
public static class MessagingMetrics
{
    private static readonly Meter Meter = new("OneStop.Messaging");

    public static readonly Counter<long> OutboxPublished =
        Meter.CreateCounter<long>("onestop.outbox.published", description: "Outbox rows published and confirmed by the broker");

    public static readonly Counter<long> OutboxPublishFailures =
        Meter.CreateCounter<long>("onestop.outbox.publish_failures", description: "Outbox publishes that failed and will be retried");

    public static readonly Counter<long> OutboxDeadLettered =
        Meter.CreateCounter<long>("onestop.outbox.dead_lettered", description: "Outbox rows that can never be published, moved to the dead letters");

    public static readonly Counter<long> InboxDuplicates =
        Meter.CreateCounter<long>("onestop.inbox.duplicates", description: "Redelivered messages acknowledged without effect");
}
