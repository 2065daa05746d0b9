using OneStop.Testing;

namespace OneStop.InfrastructureTests;

/// <summary>
/// A service's database backed up as the README says (pg_dump), restored into an empty server (pg_restore): the service
/// started on it has everything it had, sends what its outbox had not yet had confirmed, and carries on.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_server_loses_nothing_and_its_outbox_sends_what_was_unconfirmed()
    {
        var servers = await RequiresServers.StartAsync();
        await using var platform = await DistributedPlatform.StartAsync(servers, ["Electricity"], withGateway: false);

        // Intake commits an application and its event but cannot reach the broker: the event is unconfirmed at backup time.
        var intake = platform.StartService("Intake", new Dictionary<string, string> { ["RabbitMq__VirtualHost"] = "no-such-vhost" });
        await intake.WaitUntilHealthyAsync("/health/live");
        var submitted = await platform.ClientOf(intake).SubmitAsync(SampleApplications.Body("electricity"));
        var backup = await servers.Postgres.BackUpAsync(platform.Databases.NameFor("Intake"));
        await intake.KillAsync();

        // The server is lost; the backup goes into a new, empty one.
        await using var replacement = await TestPostgres.StartAsync();
        await replacement.RestoreAsync(backup, platform.Databases.NameFor("Intake"));
        var restored = platform.StartService("Intake", new Dictionary<string, string>
        {
            ["ConnectionStrings__Intake"] = replacement.ConnectionString(platform.Databases.NameFor("Intake")),
        }, port: intake.BaseAddress.Port);
        await restored.WaitUntilHealthyAsync();
        var client = platform.ClientOf(restored);

        await client.WaitForStatusAsync(submitted.Id, "inProgress", TimeSpan.FromSeconds(60));
        Assert.Equal(1L, await platform.Databases.ScalarAsync<long>("Electricity",
            "SELECT count(*) FROM applications WHERE \"JointApplicationId\" = $1", submitted.Id));
        var next = await client.SubmitAsync(SampleApplications.Body("electricity"));
        await client.WaitForStatusAsync(next.Id, "inProgress", TimeSpan.FromSeconds(60));
    }
}
