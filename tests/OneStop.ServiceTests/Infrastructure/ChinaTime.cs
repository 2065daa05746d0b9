namespace OneStop.ServiceTests.Infrastructure;

public static class ChinaTime
{
    /// <summary>A moment of China time, as the calendar and the operators read it.</summary>
    public static DateTimeOffset China(string localTime) => new(DateTime.Parse(localTime), TimeSpan.FromHours(8));
}
