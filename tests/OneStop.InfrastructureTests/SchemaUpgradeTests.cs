using Npgsql;
using OneStop.Testing;

namespace OneStop.InfrastructureTests;

/// <summary>
/// Intake and electricity started as processes on PostgreSQL databases that the last release before migrations made:
/// each database is adopted and migrated in place, and everything in it is still there and still readable.
/// </summary>
public sealed class SchemaUpgradeTests
{
    [Fact]
    public async Task A_database_created_before_migrations_is_upgraded_with_nothing_lost()
    {
        await using var platform = await DistributedPlatform.StartAsync(await RequiresServers.StartAsync(), [], withGateway: false);
        foreach (var service in LegacyDatabases.Services)
            await RestoreAsync(platform.Databases, service);
        var before = await RowCountsAsync(platform.Databases);

        // The dumps' key; and a retention long enough that their sent messages are not cleaned up on a clock years on.
        var legacyKey = new Dictionary<string, string> { ["PersonalData__Key"] = LegacyDatabases.PersonalDataKey, ["Outbox__Retention"] = LegacyDatabases.Retention };
        var intake = platform.StartService("Intake", legacyKey);
        var electricity = platform.StartService("Electricity", legacyKey);
        await Task.WhenAll(intake.WaitUntilHealthyAsync(), electricity.WaitUntilHealthyAsync());

        // Reading them decrypts their personal data: the key and the columns survived.
        var application = await platform.ClientOf(intake).GetAsync(LegacyDatabases.PostgreSqlApplicationId);
        Assert.Equal("LH202612027505345552", (string)application["number"]!);
        var cases = await platform.ClientOf(electricity).ListUtilityRecordsAsync("electricity", LegacyDatabases.PostgreSqlApplicationId);
        Assert.Equal("inProgress", (string)Assert.Single(cases)!["status"]!);

        var after = await RowCountsAsync(platform.Databases);
        foreach (var (table, rows) in before)
            Assert.True(after[table] >= rows, $"{table}: {rows} rows before the upgrade, {after[table]} after");
        foreach (var service in LegacyDatabases.Services)
            Assert.True(await platform.Databases.ScalarAsync<long>(service, "SELECT count(*) FROM \"__EFMigrationsHistory\"") >= 1);
    }

    private static async Task RestoreAsync(TestDatabases databases, string service)
    {
        await using (var admin = new NpgsqlConnection(databases.Server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databases.NameFor(service)}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await using var connection = new NpgsqlConnection(databases.ConnectionStringFor(service));
        await connection.OpenAsync();
        await using var restore = new NpgsqlCommand(LegacyDatabases.Sql(service, "postgresql"), connection);
        await restore.ExecuteNonQueryAsync();
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(TestDatabases databases)
    {
        var counts = new Dictionary<string, long>();
        foreach (var service in LegacyDatabases.Services)
        {
            await using var connection = new NpgsqlConnection(databases.ConnectionStringFor(service));
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_EF%'", connection))
            await using (var reader = await list.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    tables.Add(reader.GetString(0));
            foreach (var table in tables)
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM public.\"{table}\"", connection);
                counts[$"{service}.{table}"] = (long)(await count.ExecuteScalarAsync())!;
            }
        }
        return counts;
    }
}
