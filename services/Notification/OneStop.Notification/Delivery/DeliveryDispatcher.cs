using Dapr;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Contracts.Notifications;
using OneStop.Notification.Notifications;
using OneStop.ServiceDefaults;

namespace OneStop.Notification.Delivery;

/// <summary>
/// Sends messages due on SMS, e-mail and chat through their Dapr bindings. Each is claimed for a lease first, so that
/// replicas never send one twice; a failure is tried again with a doubling back-off, and after the last attempt the
/// message is marked failed with its error (the deliveries API and metrics show it). An SMS that falls due in quiet
/// hours waits for their end, unless it is urgent.
/// </summary>
public sealed class DeliveryDispatcher(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : PeriodicJob(logger)
{
    private const int BatchSize = 50;

    protected override TimeSpan Interval => options.Value.Delivery.PollInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<ChannelSender>();
        var now = clock.GetUtcNow();
        var due = await db.Notifications
            .Where(n => n.Status == DeliveryStatus.Pending && n.NextAttemptAt <= now && (n.LockedUntil == null || n.LockedUntil < now))
            .OrderBy(n => n.NextAttemptAt)
            .Select(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
            await SendAsync(db, sender, id, cancellationToken);
    }

    private async Task SendAsync(NotificationDbContext db, ChannelSender sender, Guid id, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var claimed = await db.Notifications
            .Where(n => n.Id == id && n.Status == DeliveryStatus.Pending && (n.LockedUntil == null || n.LockedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.LockedUntil, now + settings.Delivery.Lease), cancellationToken);
        if (claimed == 0)
            return;
        db.ChangeTracker.Clear();
        var message = await db.Notifications.SingleAsync(n => n.Id == id, cancellationToken);
        try
        {
            await sender.SendAsync(message, cancellationToken);
            message.Sent(clock.GetUtcNow());
            NotificationMetrics.Sent.Add(1, new KeyValuePair<string, object?>("channel", message.Channel));
        }
        catch (Exception exception) when (exception is DaprException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var failure = Failure(exception);
            var retryAt = message.Attempts + 1 < settings.Delivery.MaxAttempts ? RetryAt(message, now) : (DateTimeOffset?)null;
            message.AttemptFailed(failure, retryAt);
            var tag = new KeyValuePair<string, object?>("channel", message.Channel);
            if (retryAt is null)
            {
                NotificationMetrics.Failed.Add(1, tag);
                logger.LogWarning("{Channel} message {NotificationId} failed after {Attempts} attempts: {Error}", message.Channel, id, message.Attempts, failure);
            }
            else
                NotificationMetrics.AttemptsFailed.Add(1, tag);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What the sidecar said (its gRPC status and detail), not the SDK's wrapper text.</summary>
    private string Failure(Exception exception) => exception switch
    {
        DaprException { InnerException: RpcException { StatusCode: not StatusCode.Cancelled } rpc } => $"{rpc.StatusCode}: {rpc.Status.Detail}",
        DaprException or OperationCanceledException => $"no answer within {options.Value.Delivery.SendTimeout}",
        _ => exception.Message,
    };

    private DateTimeOffset RetryAt(Notifications.Notification message, DateTimeOffset now)
    {
        var settings = options.Value;
        var delay = TimeSpan.FromTicks(Math.Min(settings.Delivery.FirstRetryDelay.Ticks * (1L << Math.Min(message.Attempts, 20)), settings.Delivery.MaxRetryDelay.Ticks));
        var at = now + delay;
        return message.Channel == Channels.Sms && !message.Urgent ? QuietHours.NextAllowed(at, settings.QuietFrom, settings.QuietUntil) : at;
    }
}
