using System.Net.Sockets;
using Npgsql;

namespace OneStop.Testing;

/// <summary>
/// Where the real PostgreSQL and RabbitMQ are, and whether they are there. Tests that need them call
/// <see cref="UnavailableReason"/> and skip with it — unless ONESTOP_REQUIRE_INFRA=1 (CI), where a missing server fails.
/// </summary>
public static class TestServers
{
    public static readonly string PostgresAdmin =
        Environment.GetEnvironmentVariable("ONESTOP_TEST_POSTGRES") ?? "Host=127.0.0.1;Username=onestop;Password=onestop;SSL Mode=Disable";
    public static readonly string RabbitMqHost = Environment.GetEnvironmentVariable("ONESTOP_TEST_RABBITMQ_HOST") ?? "127.0.0.1";
    public static bool Required => Environment.GetEnvironmentVariable("ONESTOP_REQUIRE_INFRA") == "1";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Null when both servers answer; otherwise why not, to be reported as the skip reason.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = database }.ConnectionString;

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            connection.Open();
        }
        catch (Exception ex)
        {
            return $"PostgreSQL is not reachable with '{Redacted()}': {ex.Message}";
        }
        try
        {
            using var client = new TcpClient();
            client.Connect(RabbitMqHost, 5672);
        }
        catch (Exception ex)
        {
            return $"RabbitMQ is not reachable at {RabbitMqHost}:5672: {ex.Message}";
        }
        return null;
    }

    private static string Redacted() => new NpgsqlConnectionStringBuilder(PostgresAdmin) { Password = null }.ConnectionString;
}
