using System.Collections.Concurrent;

namespace OneStop.Messaging.Faults;

/// <summary>The names of the receive endpoints (queues) this process's bus consumes from, as they were configured.</summary>
public sealed class ReceiveEndpoints
{
    private readonly ConcurrentDictionary<string, bool> _names = new();

    public ICollection<string> Names => _names.Keys;

    public void Add(string name) => _names.TryAdd(name, true);
}
