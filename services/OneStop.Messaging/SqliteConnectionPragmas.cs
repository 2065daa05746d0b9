using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStop.Messaging;

/// <summary>
/// The per-connection settings of the all-in-one host's SQLite files, where every consumer and request of a service
/// writes one file:
/// <list type="bullet">
/// <item>busy_timeout — SQLite itself waits for another connection's write lock, backing off from a millisecond. Left
/// to Microsoft.Data.Sqlite, a busy database is retried every 150 ms, blocking a thread each time, and that sleep
/// became most of an application's latency.</item>
/// <item>synchronous = NORMAL — in WAL mode a commit is no longer flushed to disk on its own, only at checkpoints, so
/// the write lock is not held across an fsync (81 → 109 applications/s in the benchmark). A committed transaction
/// still survives the process crashing; only a power cut or kernel crash may roll back the last ones — that host is
/// the embedded default, whose in-memory bus keeps its queued messages in the process anyway. The distributed services run on PostgreSQL and are untouched.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmas Instance = new();

    // The busy timeout is below the connection's Default Timeout (30 s), so that a lock held that long still ends in Microsoft.Data.Sqlite's timeout.
    private const string Pragmas = "PRAGMA busy_timeout = 20000; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
