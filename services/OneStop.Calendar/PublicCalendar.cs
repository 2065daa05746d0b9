using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Contracts.Calendar;

namespace OneStop.Calendar;

/// <summary>How working days are counted in a year, for anyone: the days off and adjusted working days, and on what basis.</summary>
public static class PublicCalendar
{
    public static Results<Ok<CalendarYearView>, ProblemHttpResult> Get(int year, WorkingDayCalendar calendar) =>
        year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "没有该年度的日历 / No calendar for that year",
                detail: $"工作日按 {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear} 年计算 / Working days are counted for {StatutoryHolidays.FirstYear}–{StatutoryHolidays.LastYear}.")
            : TypedResults.Ok(calendar.ScheduleOf(year).View());
}
