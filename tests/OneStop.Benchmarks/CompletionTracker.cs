using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace OneStop.Benchmarks;

/// <summary>
/// Notices when applications reach inProgress. Polling the API every 20 ms per in-flight application would cost 50
/// GETs/s per application — at 16 in flight more requests than the load itself. Instead one query every 20 ms asks
/// intake's database about all of them at once: the same row the API reads, at a constant, small cost.
/// </summary>
public sealed class CompletionTracker : IAsyncDisposable
{
    private const string InProgressAmong = """SELECT "Id" FROM joint_applications WHERE "Status" = 'InProgress' AND "Id" = ANY(@ids)""";

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;
    private long _queries;
    private long _failedQueries;

    private CompletionTracker(string intakeConnectionString, TimeSpan interval) =>
        _polling = PollAsync(intakeConnectionString, interval, _stop.Token);

    public long Queries => Interlocked.Read(ref _queries);
    public long FailedQueries => Interlocked.Read(ref _failedQueries);

    public static CompletionTracker Start(string intakeConnectionString, TimeSpan interval) => new(intakeConnectionString, interval);

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp of the first poll that saw the application in progress.</summary>
    public Task<long> InProgressAsync(Guid applicationId) =>
        _pending.GetOrAdd(applicationId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task PollAsync(string connectionString, TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            if (_pending.IsEmpty)
                continue;
            try
            {
                await CompleteThoseInProgressAsync(connection, cancellationToken);
            }
            catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
            {
                // A busy server (even out of connection slots) must not end the run: the next tick tries again.
                Interlocked.Increment(ref _failedQueries);
                await connection.CloseAsync();
            }
        }
    }

    private async Task CompleteThoseInProgressAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand(InProgressAmong, connection);
        query.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", _pending.Keys.ToArray()));
        Interlocked.Increment(ref _queries);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var seenAt = Stopwatch.GetTimestamp();
        while (await reader.ReadAsync(cancellationToken))
            if (_pending.TryRemove(reader.GetGuid(0), out var completion))
                completion.SetResult(seenAt);
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
