namespace OneStop.Benchmarks;

/// <summary>The tables a run prints; every ratio is between figures measured in the same run on the same machine.</summary>
public static class Report
{
    /// <summary>
    /// Per joint application for all five utilities, until it is in progress: JointApplicationSubmitted, then from each
    /// utility UtilityApplicationReceived and UtilityStageStarted (its acceptance clock).
    /// </summary>
    public const int PublishesPerApplication = 1 + 5 * 2;
    /// <summary>Submitted reaches 5 utilities + notification; each receipt reaches intake + notification, each stage start intake.</summary>
    public const int DeliveriesPerApplication = 6 + 5 * 3;

    public static void Load(LoadResult load, CpuUsage cpu)
    {
        Title($"a. Throughput and latency — {load.Clients} closed-loop clients, all five utilities, through the gateway, {load.Window.TotalSeconds:F0} s");
        Row("applications reaching inProgress", $"{load.CompletedInWindow}", $"{load.ApplicationsPerSecond:F1} applications/s");
        Latency("submit → inProgress", load.SubmitToInProgress);
        Latency("POST (202 Accepted) alone", load.SubmitResponse);
        Row("failed submits", $"{load.FailedSubmits}", Shorten(load.FirstFailure));
        Row("never inProgress (60 s)", $"{load.NeverInProgress}", "");
        Row("status queries (intake DB, all in flight)", $"{load.TrackerQueries}", $"{load.TrackerQueries / load.Elapsed.TotalSeconds:F0}/s, {load.FailedTrackerQueries} failed");

        // The CPU window runs until the last application is in progress, so it is shared by all of them, not only the in-window ones.
        var applications = load.SubmitToInProgress.Count;
        Title($"   CPU from the start of the window until the last application was in progress ({cpu.Window.TotalSeconds:F0} s; " +
            $"{Environment.ProcessorCount} cores; load average after: {cpu.LoadAverage})");
        Row("whole machine (everyone)", $"{cpu.MachineBusyCores:F2} cores", $"{cpu.MachineBusyCores / Environment.ProcessorCount:P0} busy");
        foreach (var share in cpu.Processes)
            Row(share.Name, $"{share.CoresUsed:F2} cores", applications > 0
                ? $"{share.CoresUsed * cpu.Window.TotalMilliseconds / applications:F2} ms CPU per application"
                : "");
    }

    public static void LightLoad(LoadResult load)
    {
        Title($"a'. Latency without queueing — 1 client, {load.Window.TotalSeconds:F0} s");
        Row("applications reaching inProgress", $"{load.CompletedInWindow}", $"{load.ApplicationsPerSecond:F1} applications/s");
        Latency("submit → inProgress", load.SubmitToInProgress);
        Latency("POST (202 Accepted) alone", load.SubmitResponse);
    }

    public static void Gateway(GatewayOverheadResult overhead, int requests)
    {
        Title($"b. Gateway overhead — GET /api/intake/applications/{{id}}, {requests} sequential requests each, interleaved, after warm-up");
        Latency("via gateway", overhead.ViaGateway);
        Latency("direct to intake", overhead.Direct);
        Row("difference (gateway − direct)", "",
            $"p50 +{overhead.ViaGateway.P50 - overhead.Direct.P50:F2} ms   p99 +{overhead.ViaGateway.P99 - overhead.Direct.P99:F2} ms   mean +{overhead.ViaGateway.Mean - overhead.Direct.Mean:F2} ms");
        Row("ratio (gateway ÷ direct)", "",
            $"p50 ×{overhead.ViaGateway.P50 / overhead.Direct.P50:F2}   p99 ×{overhead.ViaGateway.P99 / overhead.Direct.P99:F2}   mean ×{overhead.ViaGateway.Mean / overhead.Direct.Mean:F2}");
    }

    public static void RawBus(RawBusResult raw)
    {
        Title($"c. Ceiling — raw MassTransit/RabbitMQ in this process: {raw.Messages} messages, {raw.Concurrency} confirmed publishes outstanding");
        Row("publish (confirmed)", $"{raw.AllConfirmed.TotalSeconds:F2} s", $"{raw.ConfirmedPerSecond:F0} messages/s");
        Row("publish → consumed", $"{raw.AllConsumed.TotalSeconds:F2} s", $"{raw.ConsumedPerSecond:F0} messages/s");
    }

    public static void Ratios(LoadResult load, RawBusResult raw)
    {
        var applications = load.ApplicationsPerSecond;
        Title("d. Ratios");
        Row("bus messages per application", "", $"{PublishesPerApplication} publishes (1 submitted + 5 received + 5 stages started), {DeliveriesPerApplication} deliveries (6 + 5×3)");
        Row("platform publishes/s", $"{applications * PublishesPerApplication:F0}", $"{applications * PublishesPerApplication / raw.ConsumedPerSecond:P1} of the raw publish→consume rate");
        Row("platform deliveries/s", $"{applications * DeliveriesPerApplication:F0}", $"{applications * DeliveriesPerApplication / raw.ConsumedPerSecond:P1} of the raw publish→consume rate");
        Row("applications/s ÷ raw messages/s", "", $"{applications / raw.ConsumedPerSecond:P2} (the bare bus moves {raw.ConsumedPerSecond / applications:F0} messages " +
            $"in the time the platform completes one application of {DeliveriesPerApplication} deliveries)");
    }

    public static void Logs(IReadOnlyList<ServiceLogSummary> summaries)
    {
        Title("   Service logs from warm-up to the end (warnings and errors show retries and failures)");
        foreach (var summary in summaries)
        {
            Row(summary.Service, $"{summary.Lines} lines",
                $"{summary.Warnings} warnings, {summary.Errors} errors, {summary.SkippedDuplicates} duplicates skipped");
            foreach (var problem in summary.TopProblems)
                Console.WriteLine($"      {problem}");
        }
    }

    private static void Latency(string label, LatencyStats stats) => Row(label, $"n={stats.Count}",
        $"p50 {stats.P50,8:F2} ms   p95 {stats.P95,8:F2} ms   p99 {stats.P99,8:F2} ms   max {stats.Max,8:F2} ms   mean {stats.Mean,8:F2} ms");

    private static void Title(string title) => Console.WriteLine($"\n{title}");

    private static void Row(string label, string value, string detail) => Console.WriteLine($"  {label,-44} {value,14}   {detail}");

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..117] + "...";
}
