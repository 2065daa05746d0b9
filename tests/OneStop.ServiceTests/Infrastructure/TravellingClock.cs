namespace OneStop.ServiceTests.Infrastructure;

/// <summary>
/// The host's clock: real time shifted by an offset that a test sets, so that a case can meet a holiday or run past its
/// deadline without anyone waiting days. Time still flows, so events keep their order.
/// </summary>
public sealed class TravellingClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void TravelTo(DateTimeOffset moment) => _offset = moment - System.GetUtcNow();

    /// <summary>A moment of China time, as the calendar and the operators read it.</summary>
    public static DateTimeOffset China(string localTime) => new(DateTime.Parse(localTime), TimeSpan.FromHours(8));
}
