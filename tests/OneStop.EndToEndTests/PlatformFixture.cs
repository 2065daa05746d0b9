using System.Collections.Concurrent;
using OneStop.Testing;

namespace OneStop.EndToEndTests;

/// <summary>
/// One distributed platform (every service its own process, real PostgreSQL and RabbitMQ, the gateway in front) shared
/// by every test class of the collection, because starting it takes most of the run. It remembers what every application it was
/// sent asked for, so that totals can be checked whatever order the tests run in.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "distributed platform";
}

public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Guid, string[]> _filed = new();
    private DistributedPlatform? _platform;
    private ServersUnavailableException? _unavailable;
    private HttpClient? _gateway;

    /// <summary>Skips the calling test when the servers are missing, or fails it where they are required (CI).</summary>
    public DistributedPlatform Platform
    {
        get
        {
            if (_unavailable is { Message: var reason })
            {
                if (TestServers.Required)
                    Assert.Fail(reason);
                Assert.Skip(reason);
            }
            return _platform!;
        }
    }

    public HttpClient Gateway => _gateway ??= new HttpClient { BaseAddress = Platform.Gateway!.BaseAddress };

    public PublicApiClient Intake => new(Gateway, Platform.Tokens);

    public IReadOnlyDictionary<Guid, string[]> Filed => _filed;

    public void RecordFiled(Guid applicationId, string[] utilities) => _filed[applicationId] = utilities;

    public async ValueTask InitializeAsync()
    {
        try
        {
            // The trace test follows each message by the inbox's "handled" line, which is Debug.
            _platform = await DistributedPlatform.StartAsync(await TestServers.SharedAsync(), withPortal: true,
                environment: new Dictionary<string, string> { ["Logging__LogLevel__OneStop"] = "Debug" });
        }
        catch (ServersUnavailableException unavailable)
        {
            _unavailable = unavailable;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _gateway?.Dispose();
        if (_platform is null)
            return;
        KeepLogs(_platform);
        await _platform.DisposeAsync();
    }

    /// <summary>Every process's console output of the last run, in bin/…/platform-logs, for reading after a failure.</summary>
    private static void KeepLogs(DistributedPlatform platform)
    {
        var directory = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "platform-logs"));
        foreach (var service in platform.Services.Values.Append(platform.Gateway).Append(platform.Identity).Append(platform.Portal).OfType<ServiceProcess>())
            File.WriteAllLines(Path.Combine(directory.FullName, $"{service.Name}.log"), service.Output);
    }
}
