using Npgsql;
using OneStop.Testing;

namespace OneStop.Benchmarks;

/// <summary>What one service's database did during a phase: statements run, outbox rows written (publishes), inbox rows written (deliveries consumed).</summary>
public sealed record ServiceWork(string Service, long Statements, long Publishes, long Deliveries);

/// <summary>
/// Counts the work behind each application where it is done: statements from pg_stat_statements (the server counts
/// every statement of every connection; the tracker's own are marked and left out), publishes and consumed deliveries
/// from the services' own outbox and inbox tables — each consumed message is one inbox row, each event one outbox row.
/// </summary>
public sealed class DatabaseWork(TestDatabases databases, IReadOnlyList<string> services)
{
    private IReadOnlyDictionary<string, (long Publishes, long Deliveries)> _before = new Dictionary<string, (long, long)>();

    public async Task StartAsync()
    {
        await using (var admin = new NpgsqlConnection(databases.Server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await Execute(admin, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            await Execute(admin, "SELECT pg_stat_statements_reset()");
        }
        _before = await RowCountsAsync();
    }

    public async Task<IReadOnlyList<ServiceWork>> StopAsync()
    {
        var after = await RowCountsAsync();
        var statements = new Dictionary<string, long>();
        await using (var admin = new NpgsqlConnection(databases.Server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var query = new NpgsqlCommand($"""
                SELECT d.datname, sum(s.calls)::bigint FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                WHERE d.datname LIKE @prefix AND s.query NOT LIKE '%{CompletionTracker.Marker}%' GROUP BY d.datname
                """, admin);
            query.Parameters.AddWithValue("prefix", databases.Prefix + "%");
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                statements[reader.GetString(0)] = reader.GetInt64(1);
        }
        return services.Select(service => new ServiceWork(service, statements.GetValueOrDefault(databases.NameFor(service)),
            after[service].Publishes - _before[service].Publishes, after[service].Deliveries - _before[service].Deliveries)).ToList();
    }

    private async Task<IReadOnlyDictionary<string, (long Publishes, long Deliveries)>> RowCountsAsync()
    {
        var counts = new Dictionary<string, (long, long)>();
        foreach (var service in services)
            counts[service] = (await databases.ScalarAsync<long>(service, $"{CompletionTracker.Marker} SELECT count(*) FROM outbox"),
                await databases.ScalarAsync<long>(service, $"{CompletionTracker.Marker} SELECT count(*) FROM inbox"));
        return counts;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
