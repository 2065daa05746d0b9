namespace OneStop.Benchmarks;

/// <summary>The tables a run prints; every ratio is between figures measured in the same run on the same machine.</summary>
public static class Report
{
    private const double MiB = 1024 * 1024;

    public static void Load(string title, LoadResult load)
    {
        Title($"{title} — {load.Shape}, all five utilities, {load.Window.TotalSeconds:F0} s");
        Row("applications reaching inProgress", $"{load.CompletedInWindow}", $"{load.ApplicationsPerSecond:F1} applications/s ({load.Submitted} filed)");
        Latency("submit → inProgress (all five received)", load.SubmitToInProgress);
        Latency("POST (202 Accepted) alone", load.SubmitResponse);
        Row("failed submits", $"{load.FailedSubmits}", Shorten(load.FirstFailure));
        Row("never inProgress (60 s)", $"{load.NeverInProgress}", "");
        Row("status queries (intake DB, all in flight)", $"{load.TrackerQueries}", $"{load.TrackerQueries / load.Elapsed.TotalSeconds:F0}/s, {load.FailedTrackerQueries} failed");
    }

    /// <summary>The CPU window runs until the last application is in progress, so it is shared by all of them, not only the in-window ones.</summary>
    public static void Processes(MachineUsage usage, int applications)
    {
        Title($"   Per process, from the start of the window until the last application was in progress ({usage.Window.TotalSeconds:F0} s; " +
            $"{Environment.ProcessorCount} cores; load average after: {usage.LoadAverage})");
        Row("whole machine (everyone)", $"{usage.MachineBusyCores:F2} cores",
            $"{usage.MachineBusyCores / Environment.ProcessorCount:P0} busy · {PerApplication(usage.MachineBusyCores, usage, applications):F1} ms CPU per application");
        Console.WriteLine($"  {"",-44} {"cores",14}   {"ms CPU/app",10} {"RSS MB",8} {"PSS MB",8} {"anon MB",8} {"GC pauses",10}");
        foreach (var process in usage.Processes)
            Console.WriteLine($"  {process.Name,-44} {process.CoresUsed,14:F2}   {PerApplication(process.CoresUsed, usage, applications),10:F2} " +
                $"{Megabytes(process.ResidentBytes),8} {Megabytes(process.ProportionalBytes),8} {Megabytes(process.AnonymousBytes),8} {(process.GcPauses is { } gc ? $"{gc.TotalMilliseconds:F0} ms" : "—"),10}");
        Row("every platform process (not this one)", "", $"{PlatformCpuPerApplication(usage, applications):F1} ms CPU per application");
    }

    public static void Work(IReadOnlyList<ServiceWork> work, int applications)
    {
        Title($"   Database and bus work per application ({applications} applications; statements from pg_stat_statements, BEGIN/COMMIT included)");
        Console.WriteLine($"  {"",-44} {"statements",14}   {"publishes",10} {"deliveries",10}");
        foreach (var service in work.Append(new ServiceWork("all services", work.Sum(w => w.Statements), work.Sum(w => w.Publishes), work.Sum(w => w.Deliveries))))
            Console.WriteLine($"  {service.Service,-44} {(double)service.Statements / applications,14:F1}   {(double)service.Publishes / applications,10:F1} " +
                $"{(double)service.Deliveries / applications,10:F1}");
    }

    public static void OpenLoop(IReadOnlyList<LoadResult> runs, IReadOnlyList<double> skipped)
    {
        Title("a'. Open loop — applications arriving at a fixed rate, each rate in turn (percentiles in ms)");
        Console.WriteLine($"  {"offered",8} {"filed/s",8} {"done/s",8}   submit → inProgress (all five received): {"p50",7} {"p95",7} {"p99",7} {"max",7} {"lost",5} {"kept up",8}");
        foreach (var run in runs)
            Console.WriteLine($"  {$"{run.Offered:0.#}/s",8} {run.Submitted / run.Window.TotalSeconds,8:F1} {run.ApplicationsPerSecond,8:F1} " +
                $"{"",42}{run.SubmitToInProgress.P50,7:F0} {run.SubmitToInProgress.P95,7:F0} {run.SubmitToInProgress.P99,7:F0} " +
                $"{run.SubmitToInProgress.Max,7:F0} {run.NeverInProgress,5} {(run.KeptUp ? "yes" : "no"),8}");
        if (skipped.Count > 0)
            Console.WriteLine($"  not run: {string.Join(", ", skipped.Select(r => $"{r:0.#}/s"))} — the rate before was not kept up with (an application lost, or p99 over 2 s)");
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

    public static void Ratios(LoadResult load, IReadOnlyList<ServiceWork> work, RawBusResult raw)
    {
        var applications = load.ApplicationsPerSecond;
        var applicationsMeasured = load.SubmitToInProgress.Count;
        var publishes = (double)work.Sum(w => w.Publishes) / applicationsMeasured;
        var deliveries = (double)work.Sum(w => w.Deliveries) / applicationsMeasured;
        Title("d. Ratios to the ceiling (closed loop)");
        Row("platform publishes/s", $"{applications * publishes:F0}", $"{applications * publishes / raw.ConsumedPerSecond:P1} of the raw publish→consume rate");
        Row("platform deliveries/s", $"{applications * deliveries:F0}", $"{applications * deliveries / raw.ConsumedPerSecond:P1} of the raw publish→consume rate");
        Row("applications/s ÷ raw messages/s", "", $"{applications / raw.ConsumedPerSecond:P2} (the bare bus moves {raw.ConsumedPerSecond / applications:F0} messages " +
            $"in the time the platform completes one application of {deliveries:F0} deliveries)");
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

    public sealed record Target(string What, string Aim, string Measured, bool? Met);

    public static void Targets(IReadOnlyList<Target> targets)
    {
        Title("Targets (2 cores, distributed, everything on)");
        foreach (var target in targets)
            Console.WriteLine($"  {target.What,-58} {target.Aim,-12} {target.Measured,-34} {target.Met switch { true => "PASS", false => "FAIL", null => "not run" }}");
    }

    public static double PlatformCpuPerApplication(MachineUsage usage, int applications) =>
        PerApplication(usage.Processes.Where(p => !p.Name.StartsWith("benchmark")).Sum(p => p.CoresUsed), usage, applications);

    private static double PerApplication(double cores, MachineUsage usage, int applications) =>
        applications > 0 ? cores * usage.Window.TotalMilliseconds / applications : double.NaN;

    private static string Megabytes(long? bytes) => bytes is { } b ? $"{b / MiB:F0}" : "—";

    private static void Latency(string label, LatencyStats stats) => Row(label, $"n={stats.Count}",
        $"p50 {stats.P50,8:F2} ms   p95 {stats.P95,8:F2} ms   p99 {stats.P99,8:F2} ms   max {stats.Max,8:F2} ms   mean {stats.Mean,8:F2} ms");

    private static void Title(string title) => Console.WriteLine($"\n{title}");

    private static void Row(string label, string value, string detail) => Console.WriteLine($"  {label,-44} {value,14}   {detail}");

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..117] + "...";
}
