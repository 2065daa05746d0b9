using System.Diagnostics;

namespace OneStop.Testing;

/// <summary>rabbitmqctl, for what the AMQP protocol cannot do: virtual hosts per test run, and restarting the broker.</summary>
public static class RabbitMqControl
{
    public static async Task<string> CreateVirtualHostAsync()
    {
        var name = $"onestop-test-{Guid.NewGuid():N}"[..24];
        await RunAsync("add_vhost", name);
        await RunAsync("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
        return name;
    }

    public static Task DeleteVirtualHostAsync(string name) => RunAsync("delete_vhost", name);

    /// <summary>Stops and starts the broker application: every connection drops; durable queues and their messages stay.</summary>
    public static async Task RestartBrokerAsync()
    {
        await RunAsync("stop_app");
        await RunAsync("start_app");
        await RunAsync("await_startup");
    }

    public static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
