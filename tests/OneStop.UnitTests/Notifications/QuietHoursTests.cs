using OneStop.Notification.Delivery;

namespace OneStop.UnitTests.Notifications;

/// <summary>No SMS from 22:00 to 08:00 China time: inside, the next allowed moment is 08:00; outside, now.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeOnly From = new(22, 0);
    private static readonly TimeOnly Until = new(8, 0);

    [Theory]
    [InlineData("2026-03-02T21:59", "2026-03-02T21:59")]
    [InlineData("2026-03-02T22:00", "2026-03-03T08:00")]
    [InlineData("2026-03-02T23:30", "2026-03-03T08:00")]
    [InlineData("2026-03-03T00:00", "2026-03-03T08:00")]
    [InlineData("2026-03-03T07:59", "2026-03-03T08:00")]
    [InlineData("2026-03-03T08:00", "2026-03-03T08:00")]
    [InlineData("2026-12-31T23:00", "2027-01-01T08:00")]
    public void An_sms_waits_for_the_end_of_quiet_hours(string chinaTime, string allowed)
    {
        var china = TimeSpan.FromHours(8);

        var next = QuietHours.NextAllowed(new DateTimeOffset(DateTime.Parse(chinaTime), china).ToUniversalTime(), From, Until);

        Assert.Equal(new DateTimeOffset(DateTime.Parse(allowed), china), next);
    }
}
