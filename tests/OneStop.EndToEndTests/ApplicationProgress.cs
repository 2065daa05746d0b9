using System.Text.Json.Nodes;
using OneStop.Testing;

namespace OneStop.EndToEndTests;

public static class ApplicationProgress
{
    private const int ConcurrentPolls = 8;
    private static readonly TimeSpan PauseBetweenRounds = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Polls every pending application, a few at a time, until each has <paramref name="status"/>; returns the view in which
    /// each was first seen with it. Fails after <paramref name="timeout"/> naming the ones still pending and how they stood.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, JsonObject>> WaitUntilAllAsync(
        PublicApiClient intake, IEnumerable<Guid> applicationIds, string status, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        var pending = applicationIds.ToHashSet();
        var reached = new Dictionary<Guid, JsonObject>();
        var lastSeen = new Dictionary<Guid, JsonObject>();
        while (pending.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{pending.Count} application(s) did not reach {status} within {timeout}:\n" +
                    string.Join('\n', pending.Select(id => $"{id}: {Summary(lastSeen.GetValueOrDefault(id))}")));

            await Parallel.ForEachAsync(pending.ToList(), new ParallelOptions { MaxDegreeOfParallelism = ConcurrentPolls, CancellationToken = cancellationToken },
                async (id, token) =>
                {
                    var view = await intake.GetAsync(id, token);
                    lock (reached)
                    {
                        lastSeen[id] = view;
                        if ((string?)view["status"] == status && reached.TryAdd(id, view))
                            pending.Remove(id);
                    }
                });
            if (pending.Count > 0)
                await Task.Delay(PauseBetweenRounds, cancellationToken);
        }
        return reached;
    }

    private static string Summary(JsonObject? view) => view is null
        ? "never answered"
        : $"{view["status"]}; " + string.Join(", ", view["utilities"]!.AsArray().Select(u => $"{u!["utility"]} {u["status"]}"));
}
