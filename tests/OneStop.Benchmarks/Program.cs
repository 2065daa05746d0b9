using System.Diagnostics;
using OneStop.Benchmarks;
using OneStop.Testing;

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
await using var platform = await DistributedPlatform.StartAsync(servers);
Console.WriteLine($"OneStop benchmark — {Environment.ProcessorCount} cores, {Configuration()} hosts, RabbitMQ vhost {platform.VirtualHost}, " +
    $"databases {platform.Databases.Prefix}_*");
Console.WriteLine($"Platform started in {startup.Elapsed.TotalSeconds:F1} s; warming up for {options.Warmup.TotalSeconds:F0} s, then measuring.");

using var gateway = new HttpClient { BaseAddress = platform.Gateway!.BaseAddress };
var load = new ClosedLoopLoad(gateway, platform.Tokens, platform.Databases.ConnectionStringFor("Intake"), options);
var logMark = ServiceLogDigest.Mark(platform);
await load.RunAsync(options.Clients, options.Warmup, cancellation.Token);

var cpu = new CpuMeter(platform);
cpu.Start();
var measured = await load.RunAsync(options.Clients, options.Duration, cancellation.Token);
var cpuUsage = cpu.Stop();
Report.Load(measured, cpuUsage);
if (options.LightLoad > TimeSpan.Zero)
    Report.LightLoad(await load.RunAsync(1, options.LightLoad, cancellation.Token));

if (measured.AnyApplicationId is { } applicationId)
{
    var overhead = await GatewayOverhead.MeasureAsync(platform.Gateway.BaseAddress, platform.Services["Intake"].BaseAddress,
        await platform.Tokens.ForAsync(PublicApiClient.Clerk), applicationId, options.GatewayRequests, cancellation.Token);
    Report.Gateway(overhead, options.GatewayRequests);
}

var raw = await RawBusThroughput.MeasureAsync(servers.RabbitMq, platform.VirtualHost, options.RawMessages, options.RawConcurrency, cancellation.Token);
Report.RawBus(raw);
Report.Ratios(measured, raw);
Report.Logs(ServiceLogDigest.Since(platform, logMark));
if (options.KeepLogs is { } directory)
    ServiceLogDigest.Write(platform, directory);
Console.WriteLine($"\nTotal {startup.Elapsed.TotalSeconds:F0} s; stopping the platform and dropping its databases and virtual host.");
return 0;

static string Configuration() =>
    typeof(ServiceProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
        .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "?";
