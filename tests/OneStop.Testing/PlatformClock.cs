namespace OneStop.Testing;

/// <summary>
/// A clock the test moves for processes it starts: libfaketime (Debian's faketime) reads the offset from a file, so a
/// running service's time jumps forward to a booked visit as a day passing would move it, without a restart. The
/// services keep reading their injected TimeProvider; only the operating system's answer changes. An offset the whole
/// run already has (.ci/at-other-dates) is kept and added to.
/// </summary>
public sealed class PlatformClock : IDisposable
{
    // Debian's faketime package, on whatever architecture.
    private static readonly string? Library = Directory.Exists("/usr/lib")
        ? Directory.GetDirectories("/usr/lib").Select(lib => Path.Combine(lib, "faketime", "libfaketime.so.1")).FirstOrDefault(File.Exists)
        : null;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"onestop-clock-{Guid.NewGuid():N}");
    private readonly long _runOffsetSeconds = RunOffsetSeconds();
    private long _movedSeconds;

    private PlatformClock() => Write();

    /// <summary>Throws <see cref="ServersUnavailableException"/> where libfaketime is not installed (.ci/start-servers installs it).</summary>
    public static PlatformClock Create() => Library is not null
        ? new PlatformClock()
        : throw new ServersUnavailableException("libfaketime is not installed (Debian's faketime); run .ci/start-servers",
            new FileNotFoundException("libfaketime.so.1"));

    /// <summary>What the processes read now (this process's clock already has the run's offset).</summary>
    public DateTimeOffset Now => DateTimeOffset.UtcNow.AddSeconds(_movedSeconds);

    /// <summary>Added to the environment of every process that runs on this clock.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["LD_PRELOAD"] = Library!,
        ["FAKETIME_TIMESTAMP_FILE"] = _file,
        // The file is read again at most every second. The monotonic clock moves with it: left real, .NET's timed waits
        // spin (a fifth of a core for each idle process).
        ["FAKETIME_CACHE_DURATION"] = "1",
    };

    /// <summary>
    /// Moves every process on this clock to <paramref name="at"/> (only forward, as time goes); each reads it within a
    /// second (see <see cref="ServiceProcess.WaitForClockAsync"/>).
    /// </summary>
    public void MoveTo(DateTimeOffset at)
    {
        var seconds = (long)Math.Ceiling((at - Now).TotalSeconds);
        if (seconds <= 0)
            return;
        _movedSeconds += seconds;
        Write();
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
