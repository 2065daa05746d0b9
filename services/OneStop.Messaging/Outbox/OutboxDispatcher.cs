using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OneStop.Messaging.Outbox;

/// <summary>
/// Publishes a service's committed outbox rows with publisher confirms and marks them sent. Rows this process commits
/// arrive through <see cref="OutboxHandoff"/>, already leased to it; every poll interval the dispatcher also claims
/// rows whose lease ran out (a crashed process's, a failed publish's). Rows are marked only after the broker confirmed
/// them, so a crash at any point re-sends rather than drops; consumers' inboxes absorb the duplicates.
/// </summary>
public sealed class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxHandoff handoff,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : MessagingDbContext
{
    private static readonly ActivitySource Activities = new("OneStop.Messaging");
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WaitForTheBusAsync(stoppingToken);
        // How often to look is real elapsed time, like the jobs' timers; whether a lease ran out is the clock's question.
        long? polledAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var committed = await handoff.TakeAsync(typeof(TDbContext), _options.BatchSize, _options.PollInterval, stoppingToken);
                if (committed.Count > 0)
                    await PublishAsync(committed, stoppingToken);
                if (polledAt is not { } last || Stopwatch.GetElapsedTime(last) >= _options.PollInterval)
                {
                    polledAt = Stopwatch.GetTimestamp();
                    while (await DispatchExpiredAsync(stoppingToken) == _options.BatchSize)
                    {
                        // A backlog (after an outage): keep going until it is drained.
                    }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox dispatch for {Context} failed; its rows will be claimed again when their lease runs out",
                    typeof(TDbContext).Name);
            }
        }
    }

    /// <summary>
    /// The host starts the bus after the services' own jobs. Until then the in-memory transport has no queues bound, and
    /// a message published to it would be acknowledged and dropped.
    /// </summary>
    private async Task WaitForTheBusAsync(CancellationToken stoppingToken)
    {
        while (bus.CheckHealth().Status == BusHealthStatus.Unhealthy)
            await Task.Delay(TimeSpan.FromMilliseconds(100), stoppingToken);
    }

    /// <summary>Claims unsent rows whose lease has run out, publishes and marks them; returns how many it claimed.</summary>
    public async Task<int> DispatchExpiredAsync(CancellationToken cancellationToken)
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
        if (claimed > 0)
            await PublishAsync(await db.Outbox.AsNoTracking().Where(m => m.LockedBy == claim && m.SentAt == null).ToListAsync(cancellationToken),
                cancellationToken);
        return claimed;
    }

    private async Task PublishAsync(List<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        var outcomes = await Task.WhenAll(rows.Select(row => TryPublishAsync(row, cancellationToken)));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;

        var sent = rows.Where((_, i) => outcomes[i] is null).Select(row => row.Sequence).ToList();
        if (sent.Count > 0)
            await db.Outbox.Where(m => sent.Contains(m.Sequence))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.SentAt, now).SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
        MessagingMetrics.OutboxPublished.Add(sent.Count);

        foreach (var (row, outcome) in rows.Zip(outcomes).Where(pair => pair.Second is not null))
        {
            if (outcome!.Never)
            {
                await DeadLetterAsync(db, row, outcome.Error, now);
                continue;
            }
            var attempts = row.Attempts + 1;
            await db.Outbox.Where(m => m.Sequence == row.Sequence).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, outcome.Error)
                .SetProperty(m => m.LockedUntil, now + RetryDelay(attempts)), CancellationToken.None);
            MessagingMetrics.OutboxPublishFailures.Add(1);
        }
    }

    private async Task DeadLetterAsync(TDbContext db, OutboxMessage row, string error, DateTime now)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        db.OutboxDeadLetters.Add(OutboxDeadLetter.Of(row, error, now));
        await db.SaveChangesAsync(CancellationToken.None);
        await db.Outbox.Where(m => m.Sequence == row.Sequence).ExecuteDeleteAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        MessagingMetrics.OutboxDeadLettered.Add(1);
        logger.LogError("Outbox message {MessageId} ({Type}) can never be published and was moved to the dead letters: {Error}",
            row.MessageId, row.MessageType, error);
    }

    /// <summary>Why a row was not published; Never when no retry can help (it does not even read), so it must not wait in line.</summary>
    private sealed record Failure(string Error, bool Never);

    /// <summary>Publishes one row; returns null when the broker confirmed it, otherwise what went wrong.</summary>
    private async Task<Failure?> TryPublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        using var activity = StartActivity(row);
        (object Message, Type Type) message;
        try
        {
            message = row.Deserialize();
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            return new Failure(Shortened(ex.Message), Never: true);
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Lease / 2);
            // While it reconnects to the broker, MassTransit may not end a publish when its token is cancelled
            // (MassTransit#1760): stop waiting anyway, or one such publish holds up every row behind it. Should the
            // abandoned publish still go out, the row is published again and the consumers' inboxes absorb the second.
            await bus.Publish(message.Message, message.Type, context => context.MessageId = row.MessageId, timeout.Token)
                .WaitAsync(timeout.Token);
            return null;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            logger.LogWarning(ex, "Publishing outbox message {MessageId} ({Type}) failed, attempt {Attempt}",
                row.MessageId, row.MessageType, row.Attempts + 1);
            return new Failure(Shortened(ex.Message), Never: false);
        }
    }

    private static string Shortened(string error) => error.Length > 1000 ? error[..1000] : error;

    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(_options.MaxRetryDelay.TotalMilliseconds, 500 * Math.Pow(2, Math.Min(attempts, 20))));

    // Continues the trace of the request or message that recorded the row, which ended before the publish.
    private static Activity? StartActivity(OutboxMessage row) =>
        ActivityContext.TryParse(row.TraceParent, null, out var parent)
            ? Activities.StartActivity("outbox publish", ActivityKind.Internal, parent)
            : Activities.StartActivity("outbox publish");
}
