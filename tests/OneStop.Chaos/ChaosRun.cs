using System.Diagnostics;
using OneStop.Testing;

namespace OneStop.Chaos;

/// <summary>One fault as it happened, and how long the platform took to catch up after it.</summary>
public sealed record FaultOutcome(string Target, TimeSpan KilledAt, TimeSpan RestartedAt, string? Error)
{
    /// <summary>From the restart until everything offered before it was in progress; null while something of it never was.</summary>
    public TimeSpan? Recovery { get; init; }
    /// <summary>Of the applications offered before the restart, the one in progress last (or never): what the recovery waited for.</summary>
    public Offer? Slowest { get; init; }
}

public sealed record ChaosResult(ChaosOptions Options, IReadOnlyList<FaultOutcome> Faults, Verdict Verdict,
    IReadOnlyDictionary<string, int> Failures, TimeSpan? LastInProgressAfterLastRestart, TimeSpan Elapsed)
{
    /// <summary>Every fault injected, and nothing lost, duplicated or stuck.</summary>
    public bool Passed => Verdict.Clean && Faults.All(f => f.Error is null);
}

/// <summary>
/// The chaos run against a running compose deployment: steady open-loop load through the gateway while the schedule
/// kills (SIGKILL) one container after another and starts it again; then waits, at most <see cref="ChaosOptions.Settle"/>
/// after the last restart, for the checker to find everything in place.
/// </summary>
public sealed class ChaosRun(ComposeStack stack, ChaosOptions options, TextWriter log)
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    public async Task<ChaosResult> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var startedAt = DateTimeOffset.UtcNow;
        using var gateway = new HttpClient { BaseAddress = ComposeStack.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        var load = new SteadyLoad(gateway, new DemoTokens(ComposeStack.Gateway, stack.DemoPassword), options, clock);
        await load.PrepareAsync(cancellationToken);
        var database = new Database(stack);
        var tracker = new ProgressTracker(database, load, clock);
        using var stopTracking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tracking = tracker.RunAsync(stopTracking.Token);

        log.WriteLine($"Offering {options.Rate}/s for {options.LoadDuration.TotalSeconds:F0} s; killing {string.Join(", ", options.Targets)}, " +
            $"each down {options.Downtime.TotalSeconds:F0} s, one every {options.Spacing.TotalSeconds:F0} s after {options.Warmup.TotalSeconds:F0} s.");
        var loading = load.RunAsync(options.LoadDuration, cancellationToken);
        var faults = await InjectAsync(clock, cancellationToken);
        var lastRestart = faults.Max(f => f.RestartedAt);
        var deadline = lastRestart + options.Settle;

        await loading;
        log.WriteLine($"{clock.Elapsed.TotalSeconds,6:F0} s  load ended: {load.Offers.Count} offered; waiting at most until {deadline.TotalSeconds:F0} s for the platform to settle.");
        var checker = new Checker(database, load, startedAt);
        Verdict verdict;
        while (true)
        {
            await tracker.PollAsync();
            if (tracker.Pending().Count == 0 || clock.Elapsed >= deadline)
            {
                verdict = await checker.CheckAsync();
                if (verdict.Clean || clock.Elapsed >= deadline)
                    break;
            }
            await Task.Delay(CheckInterval, cancellationToken);
        }
        await stopTracking.CancelAsync();
        await tracking.ContinueWith(_ => { }, TaskScheduler.Default);

        var offers = load.Offers.ToList();
        TimeSpan? lastInProgress = offers.Any(o => o.ApplicationId is not null && o.InProgressAt is null)
            ? null
            : offers.Max(o => o.InProgressAt) - lastRestart;
        return new ChaosResult(options, faults.Select(f => WithRecovery(f, offers)).ToList(), verdict,
            load.Failures.ToDictionary(), lastInProgress, clock.Elapsed);
    }

    private async Task<List<FaultOutcome>> InjectAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        var faults = new List<FaultOutcome>();
        for (var i = 0; i < options.Targets.Count; i++)
        {
            var target = options.Targets[i];
            await DelayUntilAsync(clock, options.Warmup + options.Spacing * i, cancellationToken);
            var killedAt = clock.Elapsed;
            var kill = await Task.Run(() => stack.Kill(target), cancellationToken);
            log.WriteLine($"{killedAt.TotalSeconds,6:F0} s  killed {target}{(kill.Succeeded ? "" : $" — FAILED: {kill.Error.Trim()}")}");
            await DelayUntilAsync(clock, killedAt + options.Downtime, cancellationToken);
            var start = await Task.Run(() => stack.Start(target), cancellationToken);
            var restartedAt = clock.Elapsed;
            log.WriteLine($"{restartedAt.TotalSeconds,6:F0} s  started {target}{(start.Succeeded ? "" : $" — FAILED: {start.Error.Trim()}")}");
            faults.Add(new FaultOutcome(target, killedAt, restartedAt, kill.Succeeded && start.Succeeded ? null : $"{kill.Error}{start.Error}".Trim()));
        }
        return faults;
    }

    private static FaultOutcome WithRecovery(FaultOutcome fault, List<Offer> offers)
    {
        var slowest = offers.Where(o => o.OfferedAt < fault.RestartedAt && o.ApplicationId is not null)
            .MaxBy(o => o.InProgressAt ?? TimeSpan.MaxValue);
        var caughtUp = slowest is null ? fault.RestartedAt : slowest.InProgressAt;
        return fault with
        {
            Slowest = slowest,
            Recovery = caughtUp is { } at ? (at > fault.RestartedAt ? at - fault.RestartedAt : TimeSpan.Zero) : null,
        };
    }

    private static async Task DelayUntilAsync(Stopwatch clock, TimeSpan at, CancellationToken cancellationToken)
    {
        if (at > clock.Elapsed)
            await Task.Delay(at - clock.Elapsed, cancellationToken);
    }
}
