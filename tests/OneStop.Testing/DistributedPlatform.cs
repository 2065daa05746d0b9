using System.Security.Cryptography;

namespace OneStop.Testing;

/// <summary>
/// The distributed deployment on this machine: every service its own process with its own PostgreSQL database, one
/// RabbitMQ virtual host for the run, the built-in issuer as the OpenID Connect provider (Keycloak's stand-in), and the
/// YARP gateway in front. Disposing it stops the processes and drops the databases and the virtual host.
/// </summary>
public sealed class DistributedPlatform : IAsyncDisposable
{
    public static readonly string[] AllServices = ["Intake", "Electricity", "Water", "Gas", "Heat", "Network", "Notification", "Approvals"];

    private readonly Dictionary<string, ServiceProcess> _services = [];
    private readonly List<ServiceProcess> _crashed = [];
    private readonly List<ServiceProcess> _gateways = [];
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"onestop-platform-{Guid.NewGuid():N}");
    private readonly string _demoPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private IReadOnlyDictionary<string, string> _environment = new Dictionary<string, string>();

    private DistributedPlatform(TestServers servers, string virtualHost, PlatformClock? clock)
    {
        Servers = servers;
        Clock = clock;
        Databases = new TestDatabases(servers.Postgres);
        VirtualHost = virtualHost;
        var identityPort = ServiceProcess.FreePort();
        Identity = ServiceProcess.Start("Identity", "services/Identity/OneStop.Identity.Host/bin/{configuration}/net10.0/OneStop.Identity.Host.dll",
            new Dictionary<string, string>(OnTheClock())
            {
                ["Identity__Issuer"] = $"http://127.0.0.1:{identityPort}/realms/onestop",
                ["Identity__DemoPassword"] = _demoPassword,
                ["Data__Directory"] = _dataDirectory,
            }, identityPort);
        Tokens = new DemoTokens(Identity.BaseAddress, _demoPassword);
    }

    public ServiceProcess Identity { get; }

    /// <summary>The clock every process runs on when the platform was started with one; the machine's otherwise.</summary>
    public PlatformClock? Clock { get; }

    /// <summary>Shared by every service, as one Kubernetes Secret is: the applicant's blind index must agree across services.</summary>
    public string PersonalDataKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public DemoTokens Tokens { get; }

    /// <summary>The demo accounts' password at the issuer, for signing in through a form (the portal).</summary>
    public string DemoPassword => _demoPassword;

    public TestServers Servers { get; }
    public TestDatabases Databases { get; }
    public string VirtualHost { get; }
    public ServiceProcess? Gateway => _gateways.FirstOrDefault();

    /// <summary>The web portal behind the gateway, when the platform was started with it.</summary>
    public ServiceProcess? Portal { get; private set; }
    public IReadOnlyDictionary<string, ServiceProcess> Services => _services;

    /// <summary>The processes <see cref="RestartAsync"/> killed, kept for their output.</summary>
    public IReadOnlyList<ServiceProcess> Crashed => _crashed;

    /// <summary>A client of the public URL map, through the gateway.</summary>
    public PublicApiClient Client() =>
        new(new HttpClient { BaseAddress = (Gateway ?? throw new InvalidOperationException("Started without the gateway")).BaseAddress }, Tokens);

    /// <summary>A client of one service directly, bypassing the gateway.</summary>
    public PublicApiClient ClientOf(ServiceProcess service) => new(new HttpClient { BaseAddress = service.BaseAddress }, Tokens);

    /// <param name="environment">Added to every service's environment (log levels, say).</param>
    /// <param name="clock">Runs every process on a clock the test moves (the platform disposes it).</param>
    public static async Task<DistributedPlatform> StartAsync(TestServers servers, IEnumerable<string>? services = null, bool withGateway = true,
        bool withPortal = false, IReadOnlyDictionary<string, string>? environment = null, PlatformClock? clock = null)
    {
        var platform = new DistributedPlatform(servers, await servers.RabbitMq.CreateVirtualHostAsync(), clock)
        {
            _environment = environment ?? new Dictionary<string, string>(),
        };
        try
        {
            await platform.Identity.WaitUntilHealthyAsync();
            foreach (var name in services ?? AllServices)
                platform.StartService(name);
            // The portal calls the API through the gateway, and the gateway serves the portal: the gateway's port comes first.
            var gatewayPort = ServiceProcess.FreePort();
            if (withPortal)
                platform.StartPortal(new Uri($"http://127.0.0.1:{gatewayPort}/"));
            await Task.WhenAll(platform._services.Values.Append(platform.Portal).OfType<ServiceProcess>().Select(s => s.WaitUntilHealthyAsync()));
            if (withGateway)
                await platform.StartGatewayAsync(port: gatewayPort);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Moves every process's clock on to <paramref name="at"/> and returns once each says so. The tokens held until then
    /// have expired, and the servers have closed every connection open before (idle for as long as the clock moved):
    /// take a new <see cref="Client"/>.
    /// </summary>
    public async Task MoveClockToAsync(DateTimeOffset at)
    {
        (Clock ?? throw new InvalidOperationException("Started on the machine's clock")).MoveTo(at);
        var processes = _services.Values.Concat(_gateways).Append(Identity).Append(Portal).OfType<ServiceProcess>();
        await Task.WhenAll(processes.Select(process => process.WaitForClockAsync(at)));
        // One more beat: a process closes the connections the jump left idle just after it changes its Date header.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Tokens.Forget();
    }

    /// <summary>
    /// A crash and a restart: the service is killed (no shutdown) if it is still running, and started again on its port
    /// with the platform's environment, as Kubernetes would.
    /// </summary>
    public async Task RestartAsync(string name)
    {
        var crashed = _services[name];
        await crashed.KillAsync();
        _crashed.Add(crashed);
        await StartService(name, port: crashed.BaseAddress.Port).WaitUntilHealthyAsync();
    }

    /// <summary>Starts (or, after a kill, restarts) a service; <paramref name="overrides"/> replace its environment.</summary>
    public ServiceProcess StartService(string name, IReadOnlyDictionary<string, string>? overrides = null, int? port = null)
    {
        var process = Launch(name, overrides, port);
        _services[name] = process;
        return process;
    }

    /// <summary>
    /// A second replica of intake and of electricity on the same databases and queues, as Kubernetes would run them,
    /// and a gateway of their own that spreads intake's requests over both; disposing stops the replicas (the gateway
    /// stops with the platform).
    /// </summary>
    public async Task<ScaledOut> ScaleOutAsync()
    {
        var scaledOut = new ScaledOut(Launch("Intake", overrides: null, port: null), Launch("Electricity", overrides: null, port: null));
        try
        {
            await Task.WhenAll(scaledOut.Intake.WaitUntilHealthyAsync(), scaledOut.Electricity.WaitUntilHealthyAsync());
            scaledOut.Gateway = await StartGatewayAsync(new Dictionary<string, string>
            {
                ["ReverseProxy__Clusters__intake__Destinations__replica__Address"] = scaledOut.Intake.BaseAddress.ToString(),
                // Spreading is what is measured here, not the probes: on a loaded machine a readiness answer slower
                // than the probe's timeout took the fresh replica out of rotation, and every request went to one intake.
                ["ReverseProxy__Clusters__intake__LoadBalancingPolicy"] = "RoundRobin",
                ["ReverseProxy__Clusters__intake__HealthCheck__Active__Enabled"] = "false",
            });
            return scaledOut;
        }
        catch
        {
            await scaledOut.DisposeAsync();
            throw;
        }
    }

    public sealed class ScaledOut(ServiceProcess intake, ServiceProcess electricity) : IAsyncDisposable
    {
        public ServiceProcess Intake { get; } = intake;
        public ServiceProcess Electricity { get; } = electricity;
        public ServiceProcess Gateway { get; internal set; } = null!;

        public async ValueTask DisposeAsync()
        {
            await Intake.DisposeAsync();
            await Electricity.DisposeAsync();
        }
    }

    private ServiceProcess Launch(string name, IReadOnlyDictionary<string, string>? overrides, int? port)
    {
        var environment = new Dictionary<string, string>
        {
            [$"ConnectionStrings__{name}"] = Databases.ConnectionStringFor(name),
            ["RabbitMq__Host"] = Servers.RabbitMq.Host,
            ["RabbitMq__Port"] = Servers.RabbitMq.Port.ToString(),
            ["RabbitMq__VirtualHost"] = VirtualHost,
            ["RabbitMq__Username"] = TestRabbitMq.Username,
            ["RabbitMq__Password"] = TestRabbitMq.Password,
            ["OTEL_SERVICE_NAME"] = $"onestop-{name.ToLowerInvariant()}",
            ["PersonalData__Key"] = PersonalDataKey,
            ["ForwardedHeaders__TrustedNetworks__0"] = TheGateway,
        };
        foreach (var (key, value) in TrustTheIssuer().Concat(OnTheClock()).Concat(_environment).Concat(overrides ?? new Dictionary<string, string>()))
            environment[key] = value;
        return ServiceProcess.Start(name, $"services/{name}/OneStop.{name}.Host/bin/{{configuration}}/net10.0/OneStop.{name}.Host.dll",
            environment, port);
    }

    /// <summary>
    /// Starts a gateway in front of the running services (and the issuer). Submission limits are off unless
    /// <paramref name="overrides"/> set them: the load tests submit far more than a person would.
    /// </summary>
    public async Task<ServiceProcess> StartGatewayAsync(IReadOnlyDictionary<string, string>? overrides = null, int? port = null)
    {
        var upstream = _services.Append(KeyValuePair.Create("Identity", Identity));
        if (Portal is not null)
            upstream = upstream.Append(KeyValuePair.Create("Portal", Portal));
        var environment = upstream.ToDictionary(
            s => $"ReverseProxy__Clusters__{s.Key.ToLowerInvariant()}__Destinations__primary__Address",
            s => s.Value.BaseAddress.ToString());
        environment["RateLimiting__Submission__PerUserPerMinute"] = "1000000";
        environment["RateLimiting__Submission__PerAddressPerMinute"] = "1000000";
        // Every gateway replica counts failed sign-ins in this one database.
        environment["ConnectionStrings__FrontDoor"] = Databases.ConnectionStringFor("FrontDoor");
        foreach (var (key, value) in TrustTheIssuer().Concat(OnTheClock()).Concat(overrides ?? new Dictionary<string, string>()))
            environment[key] = value;
        var gateway = ServiceProcess.Start("Gateway", "gateway/OneStop.Gateway/bin/{configuration}/net10.0/OneStop.Gateway.dll", environment, port);
        _gateways.Add(gateway);
        await gateway.WaitUntilHealthyAsync();
        return gateway;
    }

    private void StartPortal(Uri gateway)
    {
        var environment = new Dictionary<string, string>(TrustTheIssuer().Concat(OnTheClock()));
        environment["Portal__ApiBaseAddress"] = gateway.ToString();
        environment["Data__Directory"] = Path.Combine(_dataDirectory, "portal");
        environment["OTEL_SERVICE_NAME"] = "onestop-portal";
        environment["ForwardedHeaders__TrustedNetworks__0"] = TheGateway;
        Portal = ServiceProcess.Start("Portal", "services/Portal/OneStop.Portal.Host/bin/{configuration}/net10.0/OneStop.Portal.Host.dll", environment);
    }

    // Every process listens on loopback; the services and the portal believe the client address the gateway forwards.
    private const string TheGateway = "127.0.0.1/32";

    private IReadOnlyDictionary<string, string> OnTheClock() => Clock?.Environment ?? new Dictionary<string, string>();

    private Dictionary<string, string> TrustTheIssuer() => new()
    {
        ["Authentication__Authority"] = $"{Identity.BaseAddress}realms/onestop",
        ["Authentication__RequireHttpsMetadata"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_services.Values.Concat(_crashed).Concat(_gateways).Append(Identity).Append(Portal).OfType<ServiceProcess>()
            .Select(p => p.DisposeAsync().AsTask()));
        await Databases.DisposeAsync();
        await Servers.RabbitMq.DeleteVirtualHostAsync(VirtualHost);
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
        Clock?.Dispose();
    }
}
