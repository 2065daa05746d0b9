using Npgsql;
using Testcontainers.PostgreSql;

namespace OneStop.Testing;

/// <summary>A PostgreSQL container (image from ONESTOP_TEST_POSTGRES_IMAGE, else the compose file's postgres:16).</summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private readonly PostgreSqlContainer _container;

    private TestPostgres(PostgreSqlContainer container) => _container = container;

    /// <summary>A superuser's connection to the server's own database, for creating and dropping the tests' databases.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public static async Task<TestPostgres> StartAsync()
    {
        var container = new PostgreSqlBuilder(TestContainer.Image("ONESTOP_TEST_POSTGRES_IMAGE", "postgres:16"))
            .WithUsername("onestop")
            .WithPassword("onestop")
            .WithLabel(TestContainer.Label, "postgres")
            // Eight services with up to 20 pooled connections each, in several platforms at once: more than the default 100.
            .WithCommand("-c", "max_connections=400",
                // The benchmark counts statements per application (the extension is in PostgreSQL's contrib, in every image).
                "-c", "shared_preload_libraries=pg_stat_statements")
            .Build();
        await TestContainer.StartAsync(container, "PostgreSQL");
        return new TestPostgres(container);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_container.GetConnectionString()) { Database = database, SslMode = SslMode.Disable }.ConnectionString;

    /// <summary>A backup of one database as the README tells operators to take it: <c>pg_dump --format=custom</c>.</summary>
    public async Task<byte[]> BackUpAsync(string database)
    {
        await RunAsync("pg_dump", "--username=onestop", "--format=custom", $"--file=/tmp/{database}.dump", database);
        return await _container.ReadFileAsync($"/tmp/{database}.dump");
    }

    /// <summary>Restores a backup into a new, empty database of this server, as the README says: <c>pg_restore --create</c>.</summary>
    public async Task RestoreAsync(byte[] backup, string database)
    {
        await _container.CopyAsync(backup, $"/tmp/{database}.dump");
        await RunAsync("pg_restore", "--username=onestop", "--dbname=postgres", "--create", "--exit-on-error", $"/tmp/{database}.dump");
    }

    private async Task RunAsync(params string[] command)
    {
        var result = await _container.ExecAsync(command);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({result.ExitCode}): {result.Stderr}");
    }

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
