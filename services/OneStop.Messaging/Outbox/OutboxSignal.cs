using System.Collections.Concurrent;

namespace OneStop.Messaging.Outbox;

/// <summary>
/// Wakes a service's dispatcher as soon as its outbox has new rows, so publishing does not wait for the next poll.
/// Keyed by DbContext type because the all-in-one host runs every service's dispatcher in one process.
/// </summary>
public sealed class OutboxSignal
{
    private readonly ConcurrentDictionary<Type, SemaphoreSlim> _signals = new();

    public void Notify(Type dbContextType)
    {
        try
        {
            For(dbContextType).Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the dispatcher will pick up every pending row when it wakes.
        }
    }

    public Task WaitAsync(Type dbContextType, TimeSpan timeout, CancellationToken cancellationToken) =>
        For(dbContextType).WaitAsync(timeout, cancellationToken);

    private SemaphoreSlim For(Type dbContextType) => _signals.GetOrAdd(dbContextType, _ => new SemaphoreSlim(0, 1));
}
