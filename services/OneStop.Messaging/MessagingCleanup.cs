using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Messaging.Outbox;
using OneStop.ServiceDefaults;

namespace OneStop.Messaging;

/// <summary>
/// Deletes sent outbox rows and inbox records older than the retention, so neither table grows for ever. The inbox
/// must outlive any redelivery: a week is far longer than the broker or a dispatcher ever holds a message.
/// </summary>
public sealed class MessagingCleanup<TDbContext>(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<MessagingCleanup<TDbContext>> logger)
    : PeriodicJob(logger) where TDbContext : MessagingDbContext
{
    protected override TimeSpan Interval => options.Value.CleanupInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        var outbox = await db.Outbox.Where(m => m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.Inbox.Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (outbox + inbox > 0)
            logger.LogInformation("Removed {Outbox} sent outbox rows and {Inbox} inbox records older than {Cutoff:u}", outbox, inbox, cutoff);
    }
}
