namespace OneStop.Notification.Delivery;

/// <summary>When an SMS may go: at once, or, in quiet hours (China time), at their end.</summary>
public static class QuietHours
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateTimeOffset NextAllowed(DateTimeOffset at, TimeOnly from, TimeOnly until)
    {
        var local = at.ToOffset(China);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var overnight = from > until;
        var quiet = overnight ? time >= from || time < until : time >= from && time < until;
        if (!quiet)
            return at;
        var day = DateOnly.FromDateTime(local.DateTime);
        if (overnight && time >= from)
            day = day.AddDays(1);
        return new DateTimeOffset(day.ToDateTime(until), China);
    }
}
