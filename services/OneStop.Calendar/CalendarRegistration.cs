using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.ServiceDefaults;

namespace OneStop.Calendar;

public static class CalendarRegistration
{
    /// <summary>
    /// The calendar from the schedules shipped with the binaries, plus any in <c>Calendar:Directory</c>, where an
    /// operator drops next year's file (or a corrected one) without a new release. Its readiness check says which
    /// years are missing.
    /// </summary>
    public static WebApplicationBuilder AddWorkingDayCalendar(this WebApplicationBuilder builder)
    {
        // Several services share one all-in-one host, and one calendar.
        if (builder.Services.Any(service => service.ServiceType == typeof(WorkingDayCalendar)))
            return builder;
        var directories = new List<string> { Path.Combine(AppContext.BaseDirectory, "calendars") };
        if (builder.Configuration["Calendar:Directory"] is { Length: > 0 } extra)
            directories.Add(extra);
        builder.Services.AddSingleton(CalendarFiles.Load(directories));
        builder.Services.AddHealthChecks().AddCheck<CalendarHealthCheck>("working-day-calendar", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }
}
