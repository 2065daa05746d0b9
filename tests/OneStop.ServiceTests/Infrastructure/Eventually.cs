using System.Diagnostics;
using Xunit.Sdk;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>Waits for asynchronous fan-out by polling a condition until a generous deadline; never a fixed sleep.</summary>
public static class Eventually
{
    // Fan-out takes well under a second once warm; the first one after a cold start on a busy shared 2-core machine
    // has been seen near 10 s. A deadline only bounds how long a failing test hangs, it is not a performance assertion.
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var last = await probe();
            if (done(last))
                return last;
            if (elapsed.Elapsed > Deadline)
                throw new XunitException($"Gave up after {Deadline.TotalSeconds:0} s waiting for {what}; last seen: {Describe(last)}");
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static string Describe<T>(T value) =>
        value is System.Collections.IEnumerable items and not string
            ? $"[{string.Join(", ", items.Cast<object?>())}]"
            : value?.ToString() ?? "null";
}
