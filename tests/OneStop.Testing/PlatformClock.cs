namespace OneStop.Testing;

/// <summary>
/// A clock the test moves for processes it starts: libfaketime (Debian's faketime) reads the offset from a file, so a
/// running service's time jumps forward to a booked visit as a day passing would move it, without a restart. The
/// services keep reading their injected TimeProvider; only the operating system's answer changes. An offset the whole
/// run already has (.ci/at-other-dates) is kept and added to.
/// </summary>
public sealed class PlatformClock : IDisposable
{
    private const string Library = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"onestop-clock-{Guid.NewGuid():N}");
    private readonly long _runOffsetSeconds = RunOffsetSeconds();
    private long _movedSeconds;

    private PlatformClock() => Write();

    /// <summary>Throws <see cref="ServersUnavailableException"/> where libfaketime is not installed (.ci/start-servers installs it).</summary>
    public static PlatformClock Create() => File.Exists(Library)
        ? new PlatformClock()
        : throw new ServersUnavailableException($"libfaketime is not installed ({Library}); run .ci/start-servers", new FileNotFoundException(Library));

    /// <summary>What the processes read now (this process's clock already has the run's offset).</summary>
    public DateTimeOffset Now => DateTimeOffset.UtcNow.AddSeconds(_movedSeconds);

    /// <summary>Added to the environment of every process that runs on this clock.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["LD_PRELOAD"] = Library,
        ["FAKETIME_TIMESTAMP_FILE"] = _file,
        // The file is read again at most every second. The monotonic clock moves with it: left real, .NET's timed waits
        // spin (a fifth of a core for each idle process).
        ["FAKETIME_CACHE_DURATION"] = "1",
    };

    /// <summary>Moves every process on this clock to <paramref name="at"/> (only forward, as time goes).</summary>
    public async Task MoveToAsync(DateTimeOffset at)
    {
        var seconds = (long)Math.Ceiling((at - Now).TotalSeconds);
        if (seconds <= 0)
            return;
        _movedSeconds += seconds;
        Write();
        // libfaketime keeps what it read for a second, and the servers' once-a-second heartbeats then close the connections
        // the jump made idle too long: after this every process has the new time and the closing is done.
        await Task.Delay(TimeSpan.FromSeconds(4));
    }

    private void Write()
    {
        var offset = _runOffsetSeconds + _movedSeconds;
        File.WriteAllText(_file, offset >= 0 ? $"+{offset}" : $"{offset}");
    }

    // Under .ci/at-other-dates this test run itself has FAKETIME="+N" (or "-N"): DateTimeOffset.UtcNow already includes it.
    private static long RunOffsetSeconds() =>
        System.Environment.GetEnvironmentVariable("FAKETIME") is { Length: > 0 } offset && long.TryParse(offset, out var seconds) ? seconds : 0;

    public void Dispose() => File.Delete(_file);
}
