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
        // The inbox's key is what guarantees once: a duplicate's inbox row cannot commit, and its effects commit with
        // it or not at all. So the inbox is asked first only when the transport says this delivery is a repeat; a first
        // delivery (nearly all of them) saves a query, and a duplicate that arrives as new is caught when it fails.
        if (MaybeRepeated(context) && await AlreadyHandledAsync(messageId, context.CancellationToken))
        {
            SkippedDuplicate(messageId);
            return;
        }

        try
        {
            await HandleAsync(context);
            Db.Inbox.Add(new InboxMessage(messageId, ConsumerName, Db.Clock.GetUtcNow().UtcDateTime));
            await Db.SaveChangesAsync(context.CancellationToken);
            // Debug: at Information the console logger cost more CPU per message than the inbox bookkeeping.
            Logger.LogDebug("{Consumer} handled {MessageType} {MessageId}", ConsumerName, typeof(TMessage).Name, messageId);
        }
        catch (Exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            // A duplicate that was not asked about (its inbox row breaks the key, or its handler finds the work done
            // and refuses), or one that raced the first delivery and lost: the first one's effects stand. Anything
            // else is retried.
            Db.ChangeTracker.Clear();
            if (!await AlreadyHandledAsync(messageId, context.CancellationToken))
                throw;
            SkippedDuplicate(messageId);
        }
    }

    private static bool MaybeRepeated(ConsumeContext context) =>
        context.ReceiveContext.Redelivered || context.GetRetryAttempt() > 0 || context.GetRedeliveryCount() > 0;

    private void SkippedDuplicate(Guid messageId)
    {
        Logger.LogInformation("{Consumer} skipped duplicate {MessageType} {MessageId}", ConsumerName, typeof(TMessage).Name, messageId);
        MessagingMetrics.InboxDuplicates.Add(1);
    }

    protected abstract Task HandleAsync(ConsumeContext<TMessage> context);

    private Task<bool> AlreadyHandledAsync(Guid messageId, CancellationToken cancellationToken) =>
        Handled.For(Db)(Db, messageId, ConsumerName, cancellationToken);
}
