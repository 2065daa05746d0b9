using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Calendar.Installing;
using OneStop.Messaging;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Calendar;

public static class CalendarRegistration
{
    /// <summary>
    /// The working-day calendar of a service that counts in working days: the schedules shipped with the binaries, those
    /// in <c>Calendar:Directory</c> (a Kubernetes ConfigMap, or an operator's folder), and those an administrator
    /// installed, which this service keeps in its own database under <paramref name="serviceName"/>'s queue.
    /// </summary>
    public static WebApplicationBuilder AddWorkingDayCalendar<TDbContext>(this WebApplicationBuilder builder, string serviceName)
        where TDbContext : MessagingDbContext
    {
        AddProcessCalendar(builder);
        builder.Services.AddHostedService<HolidayScheduleSync<TDbContext>>();
        builder.Services.AddBusConsumers(bus => bus.AddConsumer<HolidayScheduleInstalledConsumer<TDbContext>>()
            .Endpoint(endpoint => endpoint.Name = $"{serviceName}-holiday-schedules"));
        return builder;
    }

    /// <summary>
    /// The public calendar, and the administrators' upload (published from <typeparamref name="TDbContext"/>'s outbox),
    /// in <paramref name="documentName"/>'s OpenAPI document.
    /// </summary>
    public static WebApplication MapWorkingDayCalendar<TDbContext>(this WebApplication app, string documentName) where TDbContext : MessagingDbContext
    {
        app.MapGet("/api/calendar/{year:int}", PublicCalendar.Get)
            .WithGroupName(documentName).WithTags("Calendar")
            .WithSummary("工作日历：某年的放假与调休安排及其依据 / The working-day calendar of a year: days off, adjusted working days, and their basis")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
        app.MapPut("/api/admin/calendars/{year:int}", HolidayScheduleUpload<TDbContext>.InstallAsync)
            .WithGroupName(documentName).WithTags("Calendar")
            .WithSummary("安装国务院公布的节假日安排（CSV） / Install a year's official holiday schedule (CSV)")
            .Accepts<string>("text/csv", "text/plain")
            .WithMetadata(new RequestSizeLimitAttribute(CalendarFiles.MaxBytes))
            .RequireAuthorization(Policies.ManageCalendars);
        return app;
    }

    /// <summary>Once per process: the all-in-one host's services share one calendar, and one queue of this replica's own.</summary>
    private static void AddProcessCalendar(WebApplicationBuilder builder)
    {
        if (builder.Services.Any(service => service.ServiceType == typeof(WorkingDayCalendar)))
            return;
        var directories = new List<string> { Path.Combine(AppContext.BaseDirectory, "calendars") };
        if (builder.Configuration["Calendar:Directory"] is { Length: > 0 } extra)
            directories.Add(extra);
        builder.Services.AddSingleton(new WorkingDayCalendar(CalendarFiles.Load(directories)));
        builder.Services.AddHealthChecks().AddCheck<CalendarHealthCheck>("working-day-calendar", tags: [ServiceDefaultsExtensions.ReadyTag]);
        builder.Services.AddBusConsumers(bus => bus.AddConsumer<HolidayScheduleBroadcastConsumer>().Endpoint(endpoint =>
        {
            endpoint.Name = "holiday-schedules";
            endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
            endpoint.Temporary = true;
        }));
    }
}
