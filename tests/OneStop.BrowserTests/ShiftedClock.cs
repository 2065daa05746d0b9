namespace OneStop.BrowserTests;

/// <summary>
/// The host's clock: the machine's time, moved on by Offset when a test needs a later moment (a booked visit) to have
/// come. Timers still run on real time, so the host's background work goes on as usual.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock on to <paramref name="moment"/>; never back.</summary>
    public void MoveTo(DateTimeOffset moment)
    {
        var ahead = moment - GetUtcNow();
        if (ahead > TimeSpan.Zero)
            Interlocked.Add(ref _offsetTicks, ahead.Ticks);
    }
}
