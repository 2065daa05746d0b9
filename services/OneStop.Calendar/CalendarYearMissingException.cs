namespace OneStop.Calendar;

/// <summary>A date falls in a year for which no official schedule is installed: guessing Monday–Friday would be wrong.</summary>
public sealed class CalendarYearMissingException(int year)
    : InvalidOperationException($"没有 {year} 年的节假日安排文件 / No holiday schedule is installed for {year} (add calendars/cn-{year}.csv).")
{
    public int Year { get; } = year;
}
