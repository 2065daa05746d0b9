using OneStop.Testing;

namespace OneStop.InfrastructureTests;

public sealed class OutboxCrashTests
{
    // A short lease so that the restarted process may take over the rows the dead one had claimed without a long wait.
    private static readonly Dictionary<string, string> ShortLease = new() { ["Outbox__Lease"] = "00:00:04" };

    [Fact]
    public async Task An_event_committed_before_the_process_dies_is_published_after_it_restarts()
    {
        await using var platform = await DistributedPlatform.StartAsync(await RequiresServers.StartAsync(), ["Electricity"], withGateway: false);

        // Intake commits the application and its outbox row, but cannot reach the broker (no such virtual host) …
        var intake = platform.StartService("Intake", new Dictionary<string, string>(ShortLease) { ["RabbitMq__VirtualHost"] = "no-such-vhost" });
        await intake.WaitUntilHealthyAsync("/health/live");
        var submitted = await platform.ClientOf(intake)
            .SubmitAsync(SampleApplications.Body("electricity"));
        Assert.Equal(1L, await UnsentAsync(platform));

        // … and is killed before it ever published.
        await intake.KillAsync();

        var restarted = platform.StartService("Intake", ShortLease, port: intake.BaseAddress.Port);
        await restarted.WaitUntilHealthyAsync();
        var client = platform.ClientOf(restarted);
        await client.WaitForStatusAsync(submitted.Id, "inProgress", TimeSpan.FromSeconds(60));

        Assert.Equal(0L, await UnsentAsync(platform));
        Assert.Equal(1L, await platform.Databases.ScalarAsync<long>("Electricity",
            "SELECT count(*) FROM applications WHERE \"JointApplicationId\" = $1", submitted.Id));
    }

    private static Task<long> UnsentAsync(DistributedPlatform platform) =>
        platform.Databases.ScalarAsync<long>("Intake", "SELECT count(*) FROM outbox WHERE \"SentAt\" IS NULL");
}
