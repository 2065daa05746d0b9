using System.Globalization;

namespace OneStop.Contracts.JointSteps;

/// <summary>A visit's time as people read it: its date and hours in China time.</summary>
public static class VisitTime
{
    public static (string Zh, string En) Words(DateTimeOffset start, DateTimeOffset end)
    {
        var (from, to) = (start.ToOffset(TimeSpan.FromHours(8)), end.ToOffset(TimeSpan.FromHours(8)));
        var hours = $"{from:HH:mm}–{to:HH:mm}";
        return ($"{from.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}（{Weekday(from.DayOfWeek)}）{hours}",
            $"{from.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}, {hours} China time");
    }

    private static string Weekday(DayOfWeek day) => "周" + "日一二三四五六"[(int)day];
}
