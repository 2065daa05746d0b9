namespace OneStop.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ of the infrastructure, end-to-end and benchmark runs: throwaway containers of the
/// tests' own (Testcontainers), started once per test process and shared, each run in databases and a virtual host of
/// its own. A test that restarts the broker takes one of its own (<see cref="WithOwnBrokerAsync"/>). Without Docker the
/// callers skip — unless ONESTOP_REQUIRE_INFRA=1 (CI), where a missing engine fails.
/// </summary>
public sealed class TestServers
{
    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static TestServers? _shared;

    private TestServers(TestPostgres postgres, TestRabbitMq rabbitMq) => (Postgres, RabbitMq) = (postgres, rabbitMq);

    public static bool Required => Environment.GetEnvironmentVariable("ONESTOP_REQUIRE_INFRA") == "1";

    public TestPostgres Postgres { get; }
    public TestRabbitMq RabbitMq { get; }

    /// <summary>This process's servers, started on first use and removed when the process exits.</summary>
    /// <exception cref="ServersUnavailableException">No container engine, or the containers would not start.</exception>
    public static async Task<TestServers> SharedAsync()
    {
        await Starting.WaitAsync();
        try
        {
            if (_shared is not null)
                return _shared;
            var postgres = await TestPostgres.StartAsync();
            var rabbitMq = await TestRabbitMq.StartAsync();
            _shared = new TestServers(postgres, rabbitMq);
            // Ryuk (Testcontainers' reaper) cannot be pulled everywhere: the process removes its own containers.
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                Task.WhenAll(postgres.DisposeAsync().AsTask(), rabbitMq.DisposeAsync().AsTask()).Wait(TimeSpan.FromSeconds(20));
            return _shared;
        }
        finally
        {
            Starting.Release();
        }
    }

    /// <summary>The shared PostgreSQL and a broker for the caller alone, to stop and start; the caller disposes the broker.</summary>
    public static async Task<TestServers> WithOwnBrokerAsync() => new((await SharedAsync()).Postgres, await TestRabbitMq.StartAsync());
}

/// <summary>Why the test servers are not there, to be reported as a skip reason (or a failure where they are required).</summary>
public sealed class ServersUnavailableException(string message, Exception inner) : Exception(message, inner);
