using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace OneStop.Messaging.Inbox;

/// <summary>
/// A consumer whose effects, outbox rows and inbox record commit together, so a redelivered message is acknowledged
/// without repeating anything. Subclasses only change the DbContext; this class saves it.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : MessagingDbContext
{
    private static readonly CompiledQuery<Func<TDbContext, Guid, string, CancellationToken, Task<bool>>> Handled = new(() =>
        EF.CompileAsyncQuery((TDbContext db, Guid messageId, string consumer, CancellationToken _) =>
            db.Inbox.Any(m => m.MessageId == messageId && m.Consumer == consumer)));

    protected TDbContext Db { get; } = db;

    protected ILogger Logger { get; } = logger;

    /// <summary>Named by each consumer and never changed: inbox rows written by an older release must still match.</summary>
    protected abstract string ConsumerName { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be de-duplicated.");
        if (await AlreadyHandledAsync(messageId, context.CancellationToken))
        {
            Logger.LogInformation("{Consumer} skipped duplicate {MessageType} {MessageId}", ConsumerName, typeof(TMessage).Name, messageId);
            MessagingMetrics.InboxDuplicates.Add(1);
            return;
        }

        await HandleAsync(context);
        Db.Inbox.Add(new InboxMessage(messageId, ConsumerName, Db.Clock.GetUtcNow().UtcDateTime));
        try
        {
            await Db.SaveChangesAsync(context.CancellationToken);
            // Debug: at Information the console logger cost more CPU per message than the inbox check.
            Logger.LogDebug("{Consumer} handled {MessageType} {MessageId}", ConsumerName, typeof(TMessage).Name, messageId);
        }
        catch (DbUpdateException)
        {
            // A redelivery that raced the first delivery lost: the first one's effects stand. Anything else is retried.
            Db.ChangeTracker.Clear();
            if (!await AlreadyHandledAsync(messageId, context.CancellationToken))
                throw;
        }
    }

    protected abstract Task HandleAsync(ConsumeContext<TMessage> context);

    private Task<bool> AlreadyHandledAsync(Guid messageId, CancellationToken cancellationToken) =>
        Handled.For(Db)(Db, messageId, ConsumerName, cancellationToken);
}
