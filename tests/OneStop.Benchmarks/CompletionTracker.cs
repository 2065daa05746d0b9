using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OneStop.Benchmarks;

/// <summary>
/// Notices when applications are inProgress — intake's name for "every utility asked has received it". Polling the API
/// every 20 ms per in-flight application would cost more requests than the load itself; instead one query every 20 ms
/// asks intake's database about all of them at once: the row the API reads, at a constant, small cost.
/// </summary>
public sealed class CompletionTracker : IAsyncDisposable
{
    /// <summary>Marks the tracker's own statements, so that the statement counts leave them out.</summary>
    public const string Marker = "/* benchmark */";

    private const string InProgressAmong = Marker + """SELECT "Id" FROM joint_applications WHERE "Status" = 'InProgress' AND "Id" {0}""";

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;
    private long _queries;
    private long _failedQueries;

    private CompletionTracker(Func<DbConnection> connect, string query, Func<Guid[], DbParameter> ids, TimeSpan interval) =>
        _polling = PollAsync(connect, query, ids, interval, _stop.Token);

    public long Queries => Interlocked.Read(ref _queries);
    public long FailedQueries => Interlocked.Read(ref _failedQueries);

    /// <summary>The distributed deployment: intake's PostgreSQL database.</summary>
    public static CompletionTracker ForPostgres(string intakeConnectionString, TimeSpan interval) =>
        new(() => new NpgsqlConnection(intakeConnectionString), string.Format(InProgressAmong, "= ANY(@ids)"),
            ids => new NpgsqlParameter<Guid[]>("ids", ids), interval);

    /// <summary>The all-in-one host: intake's SQLite file, read beside the host (EF stores a Guid as upper-case text).</summary>
    public static CompletionTracker ForSqlite(string intakeFile, TimeSpan interval) =>
        new(() => new SqliteConnection($"Data Source={intakeFile};Mode=ReadOnly"), string.Format(InProgressAmong, "IN (SELECT value FROM json_each(@ids))"),
            ids => new SqliteParameter("ids", JsonSerializer.Serialize(ids.Select(id => id.ToString().ToUpperInvariant()))), interval);

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp of the first poll that saw the application in progress.</summary>
    public Task<long> InProgressAsync(Guid applicationId) =>
        _pending.GetOrAdd(applicationId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task PollAsync(Func<DbConnection> connect, string query, Func<Guid[], DbParameter> ids, TimeSpan interval,
        CancellationToken cancellationToken)
    {
        await using var connection = connect();
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            if (_pending.IsEmpty)
                continue;
            try
            {
                if (connection.State != System.Data.ConnectionState.Open)
                    await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = query;
                command.Parameters.Add(ids(_pending.Keys.ToArray()));
                Interlocked.Increment(ref _queries);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var seenAt = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync(cancellationToken))
                    if (_pending.TryRemove(reader.GetGuid(0), out var completion))
                        completion.SetResult(seenAt);
            }
            catch (DbException) when (!cancellationToken.IsCancellationRequested)
            {
                // A busy server (even out of connection slots, or a locked file) must not end the run: the next tick tries again.
                Interlocked.Increment(ref _failedQueries);
                await connection.CloseAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _polling;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

}
