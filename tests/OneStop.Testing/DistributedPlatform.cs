namespace OneStop.Testing;

/// <summary>
/// The distributed deployment on this machine: every service its own process with its own PostgreSQL database, one
/// RabbitMQ virtual host for the run, and the YARP gateway in front. Disposing it stops the processes and drops
/// the databases and the virtual host.
/// </summary>
public sealed class DistributedPlatform : IAsyncDisposable
{
    public static readonly string[] AllServices = ["Intake", "Electricity", "Water", "Gas", "Heat", "Network", "Notification"];

    private readonly Dictionary<string, ServiceProcess> _services = [];

    private DistributedPlatform(TestDatabases databases, string virtualHost)
    {
        Databases = databases;
        VirtualHost = virtualHost;
    }

    public TestDatabases Databases { get; }
    public string VirtualHost { get; }
    public ServiceProcess? Gateway { get; private set; }
    public IReadOnlyDictionary<string, ServiceProcess> Services => _services;

    /// <summary>A client of the public URL map, through the gateway.</summary>
    public PublicApiClient Client() =>
        new(new HttpClient { BaseAddress = (Gateway ?? throw new InvalidOperationException("Started without the gateway")).BaseAddress });

    public static async Task<DistributedPlatform> StartAsync(IEnumerable<string>? services = null, bool withGateway = true)
    {
        var platform = new DistributedPlatform(TestDatabases.Create(), await RabbitMqControl.CreateVirtualHostAsync());
        try
        {
            foreach (var name in services ?? AllServices)
                platform.StartService(name);
            await Task.WhenAll(platform._services.Values.Select(s => s.WaitUntilHealthyAsync()));
            if (withGateway)
                await platform.StartGatewayAsync();
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts (or, after a kill, restarts) a service; <paramref name="overrides"/> replace its environment.</summary>
    public ServiceProcess StartService(string name, IReadOnlyDictionary<string, string>? overrides = null, int? port = null)
    {
        var environment = new Dictionary<string, string>
        {
            [$"ConnectionStrings__{name}"] = Databases.ConnectionStringFor(name),
            ["RabbitMq__Host"] = TestServers.RabbitMqHost,
            ["RabbitMq__VirtualHost"] = VirtualHost,
            ["OTEL_SERVICE_NAME"] = $"onestop-{name.ToLowerInvariant()}",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
            environment[key] = value;
        var process = ServiceProcess.Start(name, $"services/{name}/OneStop.{name}.Host/bin/{{configuration}}/net10.0/OneStop.{name}.Host.dll",
            environment, port);
        _services[name] = process;
        return process;
    }

    private async Task StartGatewayAsync()
    {
        var environment = _services.ToDictionary(
            s => $"ReverseProxy__Clusters__{s.Key.ToLowerInvariant()}__Destinations__primary__Address",
            s => s.Value.BaseAddress.ToString());
        Gateway = ServiceProcess.Start("Gateway", "gateway/OneStop.Gateway/bin/{configuration}/net10.0/OneStop.Gateway.dll", environment);
        await Gateway.WaitUntilHealthyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_services.Values.Append(Gateway).OfType<ServiceProcess>().Select(p => p.DisposeAsync().AsTask()));
        await Databases.DisposeAsync();
        await RabbitMqControl.DeleteVirtualHostAsync(VirtualHost);
    }
}
