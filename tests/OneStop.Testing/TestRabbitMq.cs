using Testcontainers.RabbitMq;

namespace OneStop.Testing;

/// <summary>
/// A RabbitMQ container (image from ONESTOP_TEST_RABBITMQ_IMAGE, else the compose file's rabbitmq:3.13-management). Its
/// AMQP port is published on a fixed host port, so that it is where the services look for it after a restart.
/// </summary>
public sealed class TestRabbitMq : IAsyncDisposable
{
    public const string Username = "onestop";
    public const string Password = "onestop";
    private readonly RabbitMqContainer _container;

    private TestRabbitMq(RabbitMqContainer container, int port) => (_container, Port) = (container, port);

    public string Host => _container.Hostname;
    public int Port { get; }

    public static async Task<TestRabbitMq> StartAsync()
    {
        var port = ServiceProcess.FreePort();
        var container = new RabbitMqBuilder(TestContainer.Image("ONESTOP_TEST_RABBITMQ_IMAGE", "rabbitmq:3.13-management"))
            .WithUsername(Username)
            .WithPassword(Password)
            .WithLabel(TestContainer.Label, "rabbitmq")
            .WithPortBinding(port, RabbitMqBuilder.RabbitMqPort)
            .Build();
        await TestContainer.StartAsync(container, "RabbitMQ");
        return new TestRabbitMq(container, port);
    }

    /// <summary>A virtual host of its own for one run, so that runs sharing the broker never see each other's queues.</summary>
    public async Task<string> CreateVirtualHostAsync()
    {
        var name = $"onestop-test-{Guid.NewGuid():N}"[..24];
        await ControlAsync("add_vhost", name);
        await ControlAsync("set_permissions", "-p", name, Username, ".*", ".*", ".*");
        return name;
    }

    public Task DeleteVirtualHostAsync(string name) => ControlAsync("delete_vhost", name);

    /// <summary>How many consumers each queue of a virtual host has: replicas of a service compete on its queues.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ConsumersAsync(string virtualHost) =>
        (await ControlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "consumers"))
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('\t'))
        .ToDictionary(fields => fields[0], fields => int.Parse(fields[1]));

    /// <summary>Stops the broker's container: every connection drops. Durable queues and their messages stay for the start.</summary>
    public Task StopAsync() => _container.StopAsync();

    public async Task StartAgainAsync()
    {
        await _container.StartAsync();
        await ControlAsync("await_startup");
    }

    public ValueTask DisposeAsync() => _container.DisposeAsync();

    // rabbitmqctl inside the container, for what AMQP cannot do.
    private async Task<string> ControlAsync(params string[] arguments)
    {
        var result = await _container.ExecAsync(["rabbitmqctl", .. arguments]);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Stderr}");
        return result.Stdout;
    }
}
