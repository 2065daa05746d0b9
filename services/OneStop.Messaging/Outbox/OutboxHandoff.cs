using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OneStop.Messaging.Outbox;

/// <summary>
/// Hands rows that this process has just committed straight to its dispatcher, which then publishes them without
/// reading them back. Keyed by DbContext type because the all-in-one host runs every service's dispatcher in one process.
/// </summary>
public sealed class OutboxHandoff
{
    private readonly ConcurrentDictionary<Type, Channel<OutboxMessage>> _channels = new();

    public void Committed(Type dbContextType, IEnumerable<OutboxMessage> rows)
    {
        var channel = For(dbContextType);
        foreach (var row in rows)
            channel.Writer.TryWrite(row);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for committed rows, then takes up to <paramref name="max"/> of them.</summary>
    public async Task<List<OutboxMessage>> TakeAsync(Type dbContextType, int max, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reader = For(dbContextType).Reader;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Nothing committed for a while: time for the dispatcher's poll.
        }
        var rows = new List<OutboxMessage>();
        while (rows.Count < max && reader.TryRead(out var row))
            rows.Add(row);
        return rows;
    }

    private Channel<OutboxMessage> For(Type dbContextType) =>
        _channels.GetOrAdd(dbContextType, _ => Channel.CreateUnbounded<OutboxMessage>(new UnboundedChannelOptions { SingleReader = true }));
}
