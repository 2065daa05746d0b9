using System.Net.Http.Headers;
using OneStop.Portal.Infrastructure;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Identity.Accounts;
using OneStop.Identity.Issuer;
using OneStop.Intake;
using OneStop.Portal;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>
/// The all-in-one host in-process: in-memory bus, SQLite files in a data folder of its own that is deleted afterwards.
/// One per test class (IClassFixture): classes run in parallel and must not see each other's data.
/// </summary>
public class ServiceHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly bool _ownsDataDirectory;

    public ServiceHost() : this(null)
    {
    }

    /// <summary>A host on <paramref name="dataDirectory"/>, which outlives it: a second host there is the first one restarted.</summary>
    protected ServiceHost(string? dataDirectory)
    {
        _ownsDataDirectory = dataDirectory is null;
        _dataDirectory = dataDirectory ?? NewDataDirectory();
    }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), $"onestop-service-tests-{Guid.NewGuid():N}");

    /// <summary>False behind real Kestrel, where the portal calls the API over a socket like anyone else.</summary>
    protected virtual bool InMemory => true;

    /// <summary>
    /// Every service's clock: the machine's time when the host is made, moving on by 10 ms each time it is read so that
    /// events keep their order and short retry delays pass; a test sets it to any moment with AdjustTime.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow()) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(10) };

    /// <summary>The demo accounts' password in this host (the built-in issuer's token endpoint checks it).</summary>
    public string DemoPassword { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public string DataDirectory => _dataDirectory;

    public OneStopApi Api => new(ClientFor);

    /// <summary>
    /// A client signed in as a demo account (see DemoAccounts), or anonymous for null. Each request carries a token
    /// issued at that moment of the services' clock, which checks it: a test that moves the clock on is still signed in.
    /// </summary>
    public HttpClient ClientFor(string? userName) =>
        userName is null ? CreateClient() : CreateDefaultClient(new SignedIn(() => TokenFor(userName)));

    /// <summary>A user the demo accounts do not have (a second operator of a utility, say), signed in the same way.</summary>
    public HttpClient ClientForAccount(Account account) => CreateDefaultClient(new SignedIn(() => TokenFor(account)));

    /// <summary>A token exactly as the built-in issuer's token endpoint would issue it now (TokenTests cover the endpoint).</summary>
    public string TokenFor(string userName) => TokenFor(DemoAccounts.All.Single(a => a.UserName == userName));

    private string TokenFor(Account account) =>
        new TokenIssuer(Services.GetRequiredService<SigningKeys>(), Services.GetRequiredService<TimeProvider>()).Issue(account, TokenEndpoint.ClientId);

    private sealed class SignedIn(Func<string> token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", token());
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Runs a query against one service's own database, e.g. to prove that a rejected request wrote nothing.</summary>
    public async Task<T> QueryAsync<TDbContext, T>(Func<TDbContext, Task<T>> query) where TDbContext : DbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    /// <summary>Applications, outbox rows and idempotency keys in intake's database: zero proves a rejection wrote nothing.</summary>
    public Task<int> CountIntakeRowsAsync() => QueryAsync(async (IntakeDbContext db) =>
        await db.Applications.CountAsync(TestContext.Current.CancellationToken)
        + await db.Outbox.CountAsync(TestContext.Current.CancellationToken)
        + await db.IdempotencyRecords.CountAsync(TestContext.Current.CancellationToken));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Directory", _dataDirectory);
        builder.UseSetting("Identity:DemoPassword", DemoPassword);
        // The tests file far more applications a minute than a person would; RateLimitTests sets its own limits.
        builder.UseSetting("RateLimiting:Submission:PerUserPerMinute", "1000000");
        builder.UseSetting("RateLimiting:Submission:PerAddressPerMinute", "1000000");
        // Information-level logs of six services would bury the warnings and errors worth reading when a test fails.
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // A message waiting between retries (e.g. a receipt that overtook the submission at notification) holds up
        // the bus's stop until the host's shutdown timeout, 30 s by default; tests need no graceful drain.
        builder.ConfigureServices(services =>
        {
            services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
            services.AddSingleton<TimeProvider>(Clock);
            // In memory, the portal reaches the API through the test server itself rather than a socket.
            if (InMemory)
                services.AddHttpClient<PortalApi>().ConfigurePrimaryHttpMessageHandler(() => Server.CreateHandler());
        });
        if (InMemory)
            builder.UseSetting("Portal:ApiBaseAddress", "http://localhost");
        // TestServer cannot apply the 64 KiB body limit and warns on every POST; KestrelServiceHost covers the limit.
        builder.ConfigureLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", LogLevel.Error));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!_ownsDataDirectory)
            return;
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The host never started, so it never created its data folder.
        }
    }
}

/// <summary>
/// The same host behind real Kestrel on a free port. TestServer does not support per-request body size limits
/// (IHttpMaxRequestBodySizeFeature), so the 64 KiB limit only exists on a real server.
/// </summary>
public class KestrelServiceHost : ServiceHost
{
    public KestrelServiceHost() : this(null)
    {
    }

    /// <summary>On <paramref name="dataDirectory"/>, which outlives it (see ServiceHost).</summary>
    protected KestrelServiceHost(string? dataDirectory) : base(dataDirectory) => UseKestrel();

    protected override bool InMemory => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The host defaults to the documented port 5080 unless "urls" is set; port 0 lets parallel runs coexist.
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }
}
