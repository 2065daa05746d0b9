using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneStop.Messaging.Outbox;

/// <summary>
/// Publishes a service's committed outbox rows with publisher confirms and marks them sent. Rows are only marked
/// after the broker confirmed them, so a crash at any point re-sends rather than drops; consumers' inboxes absorb
/// the duplicates a re-send can cause.
/// </summary>
public sealed class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : MessagingDbContext
{
    private static readonly ActivitySource Activities = new("OneStop.Messaging");
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox dispatch for {Context} failed; retrying", typeof(TDbContext).Name);
            }
            if (published < _options.BatchSize)
                await signal.WaitAsync(typeof(TDbContext), _options.PollInterval, stoppingToken);
        }
    }

    /// <summary>Claims, publishes and marks one batch; returns how many rows it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = Guid.NewGuid();

        var claimed = await db.Outbox
            .Where(m => m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Sequence)
            .Take(_options.BatchSize)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntil, now + _options.Lease),
                cancellationToken);
        if (claimed == 0)
            return 0;

        var batch = await db.Outbox.Where(m => m.LockedBy == claim && m.SentAt == null).ToListAsync(cancellationToken);
        await Task.WhenAll(batch.Select(message => PublishAsync(message, cancellationToken)));
        await db.SaveChangesAsync(CancellationToken.None);
        return claimed;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        using var activity = StartActivity(row);
        try
        {
            var (message, type) = row.Deserialize();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Lease / 2);
            await bus.Publish(message, type, context => context.MessageId = row.MessageId, timeout.Token);
            row.SentAt = clock.GetUtcNow().UtcDateTime;
            row.LockedUntil = null;
            MessagingMetrics.OutboxPublished.Add(1);
        }
        catch (Exception ex)
        {
            row.Attempts++;
            row.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            row.LockedUntil = clock.GetUtcNow().UtcDateTime + RetryDelay(row.Attempts);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            MessagingMetrics.OutboxPublishFailures.Add(1);
            logger.LogWarning(ex, "Publishing outbox message {MessageId} ({Type}) failed, attempt {Attempt}",
                row.MessageId, row.MessageType, row.Attempts);
        }
    }

    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(_options.MaxRetryDelay.TotalMilliseconds, 500 * Math.Pow(2, Math.Min(attempts, 20))));

    // Continues the trace of the request or message that recorded the row, which ended before the publish.
    private static Activity? StartActivity(OutboxMessage row) =>
        ActivityContext.TryParse(row.TraceParent, null, out var parent)
            ? Activities.StartActivity("outbox publish", ActivityKind.Internal, parent)
            : Activities.StartActivity("outbox publish");
}
