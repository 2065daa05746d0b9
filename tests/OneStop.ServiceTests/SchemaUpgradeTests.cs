using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests;

/// <summary>
/// The all-in-one host started on SQLite files that the last release before migrations made: they are adopted and
/// migrated in place, and everything in them is still there and still readable. (InfrastructureTests do the same on PostgreSQL.)
/// </summary>
public sealed class SchemaUpgradeTests
{
    private sealed class LegacyHost(string dataDirectory) : ServiceHost(dataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PersonalData:Key", LegacyDatabases.PersonalDataKey);
            // Sent outbox rows and inbox records are deleted after a week: on a machine whose clock is years on, that
            // retention would empty them before the count.
            builder.UseSetting("Outbox:Retention", LegacyDatabases.Retention);
        }
    }

    [Fact]
    public async Task A_database_created_before_migrations_is_upgraded_with_nothing_lost()
    {
        var data = ServiceHost.NewDataDirectory();
        Directory.CreateDirectory(data);
        try
        {
            foreach (var service in LegacyDatabases.Services)
                await ExecuteAsync(data, service, LegacyDatabases.Sql(service, "sqlite"));
            var before = await RowCountsAsync(data);

            await using (var host = new LegacyHost(data))
            {
                var application = await host.Api.GetApplicationAsync(LegacyDatabases.SqliteApplicationId);
                // Reading it decrypts its personal data: the key and the columns survived.
                Assert.Equal("LH202612025096276761", application.Number);
                Assert.Contains(application.Timeline, entry => entry.Event == "stageStarted");
                var cases = await host.Api.ListUtilityRecordsAsync("electricity", LegacyDatabases.SqliteApplicationId);
                Assert.Equal("inProgress", Assert.Single(cases).Status);
                // The open case is counted once more on the first pass: its deadline and forecast now say what they rest on.
                var counted = await Eventually.UntilAsync(() => host.Api.GetApplicationAsync(LegacyDatabases.SqliteApplicationId),
                    a => a.Utility("electricity").DueCalendar is not null, "the open case to be counted again");
                Assert.Equal(application.Utility("electricity").DueAt, counted.Utility("electricity").DueAt);
                Assert.DoesNotContain(counted.Timeline, t => t.Event == "deadlineRecomputed");
            }

            var after = await RowCountsAsync(data);
            foreach (var (table, rows) in before)
                Assert.True(after[table] >= rows, $"{table}: {rows} rows before the upgrade, {after[table]} after");
            foreach (var service in LegacyDatabases.Services)
                Assert.True(await ScalarAsync(data, service, "SELECT count(*) FROM __EFMigrationsHistory") >= 1);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(string data)
    {
        var counts = new Dictionary<string, long>();
        foreach (var service in LegacyDatabases.Services)
            foreach (var table in await TablesAsync(data, service))
                counts[$"{service}.{table}"] = await ScalarAsync(data, service, $"SELECT count(*) FROM \"{table}\"");
        return counts;
    }

    private static async Task<List<string>> TablesAsync(string data, string service)
    {
        await using var connection = await OpenAsync(data, service);
        await using var command = new SqliteCommand(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'", connection);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            tables.Add(reader.GetString(0));
        return tables;
    }

    private static async Task<long> ScalarAsync(string data, string service, string sql)
    {
        await using var connection = await OpenAsync(data, service);
        await using var command = new SqliteCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task ExecuteAsync(string data, string service, string sql)
    {
        await using var connection = await OpenAsync(data, service);
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<SqliteConnection> OpenAsync(string data, string service)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(data, $"{service}.db")};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
