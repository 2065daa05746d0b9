using OneStop.Testing;

namespace OneStop.InfrastructureTests;

public sealed class BrokerRestartTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Consumers_carry_on_after_the_broker_restarts_and_nothing_submitted_meanwhile_is_lost()
    {
        var servers = await RequiresServers.WithOwnBrokerAsync();
        await using var broker = servers.RabbitMq;
        await using var platform = await DistributedPlatform.StartAsync(servers, ["Intake", "Electricity", "Water", "Notification"]);
        var client = platform.Client();
        var before = await client.SubmitAsync(SampleApplications.Body("electricity", "water"));
        await client.WaitForStatusAsync(before.Id, "inProgress", Patience);

        await broker.StopAsync();
        List<PublicApiClient.Submitted> duringOutage;
        try
        {
            // Intake still accepts applications: they wait in its outbox until the broker is back.
            duringOutage = [await client.SubmitAsync(SampleApplications.Body("electricity")), await client.SubmitAsync(SampleApplications.Body("water"))];
        }
        finally
        {
            await broker.StartAgainAsync();
        }
        var after = await client.SubmitAsync(SampleApplications.Body("electricity", "water"));

        foreach (var application in duringOutage.Append(after))
            await client.WaitForStatusAsync(application.Id, "inProgress", Patience);
        foreach (var service in platform.Services.Values)
            await service.WaitUntilHealthyAsync(timeout: Patience);
        Assert.Equal(2, (await client.ListUtilityRecordsAsync("electricity", after.Id)).Count
            + (await client.ListUtilityRecordsAsync("water", after.Id)).Count);
    }
}
