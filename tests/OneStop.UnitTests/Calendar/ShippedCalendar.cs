using OneStop.Calendar;

namespace OneStop.UnitTests.Calendar;

/// <summary>A calendar on the schedules shipped with the binaries; a new one each time, for tests that install more.</summary>
public static class ShippedCalendar
{
    public static readonly IReadOnlyList<HolidaySchedule> Schedules = CalendarFiles.Load([Path.Combine(AppContext.BaseDirectory, "calendars")]);

    public static WorkingDayCalendar New() => new(Schedules);
}
