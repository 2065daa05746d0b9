using System.Diagnostics;

namespace OneStop.Chaos;

/// <summary>
/// Notes when each acknowledged application is first seen in progress, from intake's database once a second: the
/// moments the recovery times are measured by. A poll that fails (PostgreSQL down) is simply tried again.
/// </summary>
public sealed class ProgressTracker(Database database, SteadyLoad load, Stopwatch clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            await PollAsync();
    }

    /// <summary>The offers acknowledged and not yet seen in progress.</summary>
    public IReadOnlyList<Offer> Pending() => load.Offers.Where(o => o.ApplicationId is not null && o.InProgressAt is null).ToList();

    public async Task PollAsync()
    {
        var pending = Pending().ToDictionary(o => o.ApplicationId!.Value);
        if (pending.Count == 0)
            return;
        var rows = await database.TryQueryAsync("intake",
            $"""SELECT "Id" FROM joint_applications WHERE "Status" = 'InProgress' AND "Id" = ANY({Database.Ids(pending.Keys)});""");
        var seenAt = clock.Elapsed;
        foreach (var row in rows ?? [])
            pending[Guid.Parse(row[0])].InProgressAt ??= seenAt;
    }
}
