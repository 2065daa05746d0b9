using System.Text.Json.Nodes;
using System.Collections.Concurrent;
using System.Diagnostics;
using OneStop.Testing;

namespace OneStop.Benchmarks;

public sealed record LoadResult(
    int Clients,
    TimeSpan Window,
    TimeSpan Elapsed,
    int CompletedInWindow,
    LatencyStats SubmitToInProgress,
    LatencyStats SubmitResponse,
    int FailedSubmits,
    string? FirstFailure,
    int NeverInProgress,
    long TrackerQueries,
    long FailedTrackerQueries,
    Guid? AnyApplicationId)
{
    public double ApplicationsPerSecond => CompletedInWindow / Window.TotalSeconds;
}

/// <summary>
/// Closed loop: each client is an applicant who files a joint application for all five utilities through the gateway,
/// waits until it is inProgress, and files the next. The offered load therefore follows what the platform can do and
/// the queues never grow without bound — an open loop at a fixed rate above capacity would measure queueing, not the
/// platform. Throughput is the applications that reached inProgress inside the window; the run goes on until the
/// last ones filed in it are in progress too (Elapsed).
/// </summary>
public sealed class ClosedLoopLoad(HttpClient gateway, DemoTokens tokens, string intakeConnectionString, BenchmarkOptions options)
{
    /// <summary>How long a submitted application may take before it counts as lost rather than slow.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public async Task<LoadResult> RunAsync(int clients, TimeSpan window, CancellationToken cancellationToken)
    {
        await using var tracker = CompletionTracker.Start(intakeConnectionString, options.ObserveInterval);
        var run = new RunState(Stopwatch.GetTimestamp(), window);
        // The documents are gathered once, as an applicant's wallet would hold them: the load is filing, not fetching.
        var body = SampleApplications.Body(SampleApplications.Utilities);
        using (var clerk = await new PublicApiClient(gateway, tokens).ClientAsAsync(PublicApiClient.Clerk))
            await SampleDocuments.AttachAsync(clerk, clerk: true, body, cancellationToken);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => ApplicantAsync(run, tracker, body, cancellationToken))));
        return new LoadResult(clients, window, Stopwatch.GetElapsedTime(run.StartedAt), run.CompletedInWindow,
            LatencyStats.Of(run.Latencies), LatencyStats.Of(run.SubmitLatencies),
            run.FailedSubmits, run.FirstFailure, run.NeverInProgress, tracker.Queries, tracker.FailedQueries, run.AnyApplicationId);
    }

    private async Task ApplicantAsync(RunState run, CompletionTracker tracker, JsonObject body, CancellationToken cancellationToken)
    {
        var intake = new PublicApiClient(gateway, tokens);
        while (run.IsOpen && !cancellationToken.IsCancellationRequested)
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
                continue;
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
        public void InProgress(long submittedAt, long seenAt)
        {
            Latencies.Add(Stopwatch.GetElapsedTime(submittedAt, seenAt).TotalMilliseconds);
            if (Stopwatch.GetElapsedTime(startedAt, seenAt) <= window)
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
