namespace OneStop.Testing;

/// <summary>What another process does takes its time: ask again until the answer is the one awaited.</summary>
public static class Poll
{
    /// <summary>The first answer <paramref name="done"/> accepts; a timeout names the last answer seen.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var value = await probe();
        for (; !done(value); value = await probe())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached in {timeout}: {value}");
            await Task.Delay(100);
        }
        return value;
    }
}
