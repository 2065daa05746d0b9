using System.Diagnostics;
using OneStop.Benchmarks;
using OneStop.Testing;

// A report of its own, computed without the platform running: what the joint steps save (README, "Joint steps").
if (args is ["joint-steps"])
    return JointStepsReport.Run();

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
TestServers servers;
try
{
    servers = await TestServers.SharedAsync();
}
catch (ServersUnavailableException unavailable)
{
    Console.Error.WriteLine($"Cannot benchmark: {unavailable.Message}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
// Ctrl+C unwinds through DisposeAsync, so the services stop and the databases and virtual host are dropped.
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

var startup = Stopwatch.StartNew();
var targets = new List<Report.Target>();
// The platform is stopped before the all-in-one host runs: idle, its nine processes would still take a share of the two cores.
await using (var platform = await DistributedPlatform.StartAsync(servers))
{
    Console.WriteLine($"OneStop benchmark — {Environment.ProcessorCount} cores, {Configuration()} hosts, RabbitMQ vhost {platform.VirtualHost}, " +
        $"databases {platform.Databases.Prefix}_*");
    Console.WriteLine($"Platform started in {startup.Elapsed.TotalSeconds:F1} s; warming up for {options.Warmup.TotalSeconds:F0} s, then measuring.");
    using var gateway = new HttpClient { BaseAddress = platform.Gateway!.BaseAddress };
    var load = new Load(gateway, platform.Tokens, () => CompletionTracker.ForPostgres(platform.Databases.ConnectionStringFor("Intake"), options.ObserveInterval));
    var logMark = ServiceLogDigest.Mark(platform);
    await load.ClosedAsync(options.Clients, options.Warmup, cancellation.Token);

    var meter = new ProcessMeter(platform.Services.Values.Append(platform.Gateway).Select(s => (s.Name, s.BaseAddress)).ToList());
    var database = new DatabaseWork(platform.Databases, DistributedPlatform.AllServices);
    await meter.StartAsync();
    await database.StartAsync();
    var closed = await load.ClosedAsync(options.Clients, options.Duration, cancellation.Token);
    var usage = await meter.StopAsync();
    var work = await database.StopAsync();
    var applications = closed.SubmitToInProgress.Count;
    Report.Load("a. Throughput and latency", closed);
    Report.Processes(usage, applications);
    Report.Work(work, applications);

    var openLoop = new List<LoadResult>();
    var notRun = new List<double>();
    foreach (var rate in options.Rates)
    {
        // Above what it sustains the platform only queues: a faster rate would measure the queue, and leave a backlog behind.
        if (openLoop.LastOrDefault() is { KeptUp: false })
            notRun.Add(rate);
        else
            openLoop.Add(await load.OpenAsync(rate, options.RateDuration, cancellation.Token));
    }
    if (options.Rates.Count > 0)
        Report.OpenLoop(openLoop, notRun);

    GatewayOverheadResult? overhead = null;
    if (closed.AnyApplicationId is { } applicationId)
    {
        // The last applications' notices may still be on their way: measure one hop on a machine at rest.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellation.Token);
        overhead = await GatewayOverhead.MeasureAsync(platform.Gateway.BaseAddress, platform.Services["Intake"].BaseAddress,
            await platform.Tokens.ForAsync(PublicApiClient.Clerk), applicationId, options.GatewayRequests, cancellation.Token);
        Report.Gateway(overhead, options.GatewayRequests);
    }
    // Resident memory once every load has run.
    await meter.StartAsync();
    var afterwards = await meter.StopAsync();

    var raw = await RawBusThroughput.MeasureAsync(servers.RabbitMq, platform.VirtualHost, options.RawMessages, options.RawConcurrency, cancellation.Token);
    Report.RawBus(raw);
    Report.Ratios(closed, work, raw);
    Report.Logs(ServiceLogDigest.Since(platform, logMark));
    if (options.KeepLogs is { } directory)
        ServiceLogDigest.Write(platform, directory);

    LoadResult? scaledOut = null;
    if (options.ScaleOut > TimeSpan.Zero)
    {
        await using var replicas = await platform.ScaleOutAsync();
        using var replicatedHttp = new HttpClient { BaseAddress = replicas.Gateway.BaseAddress };
        var replicated = new Load(replicatedHttp, platform.Tokens,
            () => CompletionTracker.ForPostgres(platform.Databases.ConnectionStringFor("Intake"), options.ObserveInterval));
        // The replicas tier their JIT as the first processes did.
        await replicated.ClosedAsync(options.Clients, options.Warmup, cancellation.Token);
        scaledOut = await replicated.ClosedAsync(options.Clients, options.ScaleOut, cancellation.Token);
        Report.Load("f. Scale-out — two replicas of intake and of electricity, the closed loop again", scaledOut);
    }

    var atTwenty = openLoop.FirstOrDefault(run => run.Offered == 20);
    var sustained = openLoop.Where(run => run.KeptUp).Select(run => run.Offered!.Value).Append(closed.ApplicationsPerSecond).Max();
    var largest = afterwards.Processes.Where(p => p.IsService).MaxBy(p => p.ResidentBytes)!;
    var largestBytes = largest.ResidentBytes ?? 0;
    var cpu = Report.PlatformCpuPerApplication(usage, applications);
    targets.AddRange([
        new("applications/s sustained to five utilities", "≥ 40", $"{sustained:F1}", sustained >= 40),
        new("p99 submit → inProgress at 20 applications/s offered", "≤ 1000 ms", atTwenty is null ? "—" : $"{atTwenty.SubmitToInProgress.P99:F0} ms",
            atTwenty is null ? null : atTwenty.SubmitToInProgress.P99 <= 1000),
        new("gateway overhead at p50", "≤ 0.5 ms", overhead is null ? "—" : $"{overhead.ViaGateway.P50 - overhead.Direct.P50:F2} ms",
            overhead is null ? null : overhead.ViaGateway.P50 - overhead.Direct.P50 <= 0.5),
        new("largest service RSS after the run", "≤ 150 MB", $"{largestBytes / 1048576.0:F0} MB ({largest.Name}; PSS {largest.ProportionalBytes / 1048576.0:F0})", largestBytes <= 150 * 1048576L),
        new("CPU per application, every process", "≤ 50 ms", $"{cpu:F1} ms", cpu <= 50),
        new("two replicas: throughput ÷ one replica's (a.)", "≥ 0.9", scaledOut is null ? "—" : $"{scaledOut.ApplicationsPerSecond / closed.ApplicationsPerSecond:F2}",
            scaledOut is null ? null : scaledOut.ApplicationsPerSecond >= 0.9 * closed.ApplicationsPerSecond),
    ]);
}

if (options.AllInOne > TimeSpan.Zero)
{
    await using var host = await AllInOneHost.StartAsync();
    using var frontDoor = new HttpClient { BaseAddress = host.Process.BaseAddress };
    var embedded = new Load(frontDoor, host.Tokens, () => CompletionTracker.ForSqlite(host.IntakeFile, options.ObserveInterval));
    await embedded.ClosedAsync(options.AllInOneClients, options.AllInOne, cancellation.Token);
    var hostMeter = new ProcessMeter([("All-in-one host", host.Process.BaseAddress)]);
    await hostMeter.StartAsync();
    var single = await embedded.ClosedAsync(options.AllInOneClients, options.AllInOne, cancellation.Token);
    var hostUsage = await hostMeter.StopAsync();
    Report.Load("e. The all-in-one host (in-memory bus, SQLite)", single);
    Report.Processes(hostUsage, single.SubmitToInProgress.Count);
    targets.Add(new("all-in-one host applications/s", "≥ 100", $"{single.ApplicationsPerSecond:F1}", single.ApplicationsPerSecond >= 100));
}
Report.Targets(targets);
Console.WriteLine($"\nTotal {startup.Elapsed.TotalSeconds:F0} s.");
return 0;

static string Configuration() =>
    typeof(ServiceProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
        .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "?";
