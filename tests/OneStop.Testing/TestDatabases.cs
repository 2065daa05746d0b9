using Npgsql;

namespace OneStop.Testing;

/// <summary>A fresh set of per-service PostgreSQL databases for one test run, dropped afterwards.</summary>
public sealed class TestDatabases(TestPostgres server) : IAsyncDisposable
{
    public string Prefix { get; } = $"onestop_t{Guid.NewGuid():N}"[..20];

    public TestPostgres Server => server;

    public string NameFor(string service) => $"{Prefix}_{service.ToLowerInvariant()}";

    public string ConnectionStringFor(string service) => server.ConnectionString(NameFor(service));

    public async Task<T> ScalarAsync<T>(string service, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor(service));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @prefix", connection);
        list.Parameters.AddWithValue("prefix", Prefix + "\\_%");
        var names = new List<string>();
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                names.Add(reader.GetString(0));
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
