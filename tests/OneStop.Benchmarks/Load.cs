using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using OneStop.Testing;

namespace OneStop.Benchmarks;

public sealed record LoadResult(
    string Shape,
    TimeSpan Window,
    TimeSpan Elapsed,
    int Submitted,
    int CompletedInWindow,
    LatencyStats SubmitToInProgress,
    LatencyStats SubmitResponse,
    int FailedSubmits,
    string? FirstFailure,
    int NeverInProgress,
    long TrackerQueries,
    long FailedTrackerQueries,
    Guid? AnyApplicationId,
    double? Offered)
{
    public double ApplicationsPerSecond => CompletedInWindow / Window.TotalSeconds;

    /// <summary>
    /// An open loop kept up with its rate when every application filed reached inProgress and no queue built up (the
    /// slowest 1 % within 2 s); those filed in the last moments finish after the window, so its count alone falls short.
    /// </summary>
    public bool KeptUp => FailedSubmits == 0 && NeverInProgress == 0 && SubmitToInProgress.P99 <= 2000;
}

/// <summary>
/// Applicants filing joint applications for all five utilities through the front door, each followed until it is
/// inProgress (every utility has received it).
/// <list type="bullet">
/// <item>Closed loop: each client files, waits for inProgress, files again — the offered load follows what the platform
/// can do, so it measures capacity without unbounded queues.</item>
/// <item>Open loop: applications arrive at a fixed rate whatever the platform does, as people do — it shows the latency
/// at a given load, and whether that rate is sustained at all.</item>
/// </list>
/// Throughput counts the applications in progress inside the window; the run goes on until those filed in it are too.
/// </summary>
public sealed class Load(HttpClient frontDoor, DemoTokens tokens, Func<CompletionTracker> startTracker)
{
    /// <summary>How long a submitted application may take before it counts as lost rather than slow.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public Task<LoadResult> ClosedAsync(int clients, TimeSpan window, CancellationToken cancellationToken) =>
        RunAsync($"{clients} closed-loop clients", null, window, (run, file) =>
            Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
            {
                while (run.IsOpen && !cancellationToken.IsCancellationRequested)
                    await file();
            }))), cancellationToken);

    public Task<LoadResult> OpenAsync(double perSecond, TimeSpan window, CancellationToken cancellationToken) =>
        RunAsync($"open loop at {perSecond:0.#}/s", perSecond, window, async (run, file) =>
        {
            var filings = new List<Task>();
            for (var i = 0; !cancellationToken.IsCancellationRequested; i++)
            {
                var due = TimeSpan.FromSeconds(i / perSecond);
                if (due >= window)
                    break;
                if (due - Stopwatch.GetElapsedTime(run.StartedAt) is { TotalMilliseconds: > 1 } wait)
                    await Task.Delay(wait, cancellationToken);
                filings.Add(Task.Run(file));
            }
            await Task.WhenAll(filings);
        }, cancellationToken);

    private async Task<LoadResult> RunAsync(string shape, double? offered, TimeSpan window, Func<RunState, Func<Task>, Task> drive, CancellationToken cancellationToken)
    {
        await using var tracker = startTracker();
        // The documents are gathered once, as an applicant's wallet would hold them: the load is filing, not fetching.
        var body = SampleApplications.Body(SampleApplications.Utilities);
        using (var clerk = await new PublicApiClient(frontDoor, tokens).ClientAsAsync(PublicApiClient.Clerk))
            await SampleDocuments.AttachAsync(clerk, clerk: true, body, cancellationToken);
        var intake = new PublicApiClient(frontDoor, tokens);
        var run = new RunState(Stopwatch.GetTimestamp(), window);
        await drive(run, () => FileOneAsync(intake, run, tracker, body, cancellationToken));
        return new LoadResult(shape, window, Stopwatch.GetElapsedTime(run.StartedAt), run.SubmitLatencies.Count, run.CompletedInWindow,
            LatencyStats.Of(run.Latencies), LatencyStats.Of(run.SubmitLatencies),
            run.FailedSubmits, run.FirstFailure, run.NeverInProgress, tracker.Queries, tracker.FailedQueries, run.AnyApplicationId, offered);
    }

    private static async Task FileOneAsync(PublicApiClient intake, RunState run, CompletionTracker tracker, JsonObject body, CancellationToken cancellationToken)
    {
        var submittedAt = Stopwatch.GetTimestamp();
        PublicApiClient.Submitted submitted;
        try
        {
            submitted = await intake.SubmitAsync(body, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            run.SubmitFailed(ex);
            await Task.Delay(100, cancellationToken);
            return;
        }
        run.Submitted(submitted.Id, Stopwatch.GetElapsedTime(submittedAt));
        try
        {
            run.InProgress(submittedAt, await tracker.InProgressAsync(submitted.Id).WaitAsync(GiveUpAfter, cancellationToken));
        }
        catch (TimeoutException)
        {
            run.Lost();
        }
    }

    private sealed class RunState(long startedAt, TimeSpan window)
    {
        public long StartedAt => startedAt;
        private int _completedInWindow;
        private int _failedSubmits;
        private int _neverInProgress;

        public ConcurrentBag<double> Latencies { get; } = [];
        public ConcurrentBag<double> SubmitLatencies { get; } = [];
        public string? FirstFailure { get; private set; }
        public Guid? AnyApplicationId { get; private set; }
        public int CompletedInWindow => _completedInWindow;
        public int FailedSubmits => _failedSubmits;
        public int NeverInProgress => _neverInProgress;
        public bool IsOpen => Stopwatch.GetElapsedTime(startedAt) < window;

        public void Submitted(Guid id, TimeSpan took)
        {
            AnyApplicationId ??= id;
            SubmitLatencies.Add(took.TotalMilliseconds);
        }

        // Applications filed near the end complete after the window: their latency counts, their completion does not.
        public void InProgress(long submittedAt, long inProgressAt)
        {
            Latencies.Add(Stopwatch.GetElapsedTime(submittedAt, inProgressAt).TotalMilliseconds);
            if (Stopwatch.GetElapsedTime(startedAt, inProgressAt) <= window)
                Interlocked.Increment(ref _completedInWindow);
        }

        public void SubmitFailed(Exception failure)
        {
            if (Interlocked.Increment(ref _failedSubmits) == 1)
                FirstFailure = failure.Message;
        }

        public void Lost() => Interlocked.Increment(ref _neverInProgress);
    }
}
