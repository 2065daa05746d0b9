using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStop.Messaging;

/// <summary>
/// Lets SQLite itself wait for another connection's write lock, backing off from a millisecond. Left to
/// Microsoft.Data.Sqlite, a busy database is retried every 150 ms, blocking a thread each time: in the all-in-one
/// host, where every consumer and request of a service writes one file, that sleep became most of an application's latency.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    // Below the connection's Default Timeout (30 s), so that a lock held that long still ends in Microsoft.Data.Sqlite's timeout.
    private const string Pragma = "PRAGMA busy_timeout = 20000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
