using MassTransit;
using OneStop.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OneStop.Contracts;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Submit;
using OneStop.Messaging;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Intake;

public static class IntakeService
{
    public const string Name = "intake";

    public static WebApplicationBuilder AddIntakeService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext>("Intake");
        builder.AddWorkingDayCalendar();
        builder.Services.AddServiceOpenApi(Name);
        // The utilities answer the same application at once; partitioning by application serialises those answers
        // within an instance, so they rarely collide on the application's concurrency token.
        builder.Services.AddBusConsumers(bus => bus.AddConsumer<UtilityApplicationReceivedConsumer>((_, consumer) =>
                consumer.Message<UtilityApplicationReceived>(message => message.UsePartitioner(16, m => m.Message.ApplicationId)))
            .Endpoint(endpoint => endpoint.Name = "intake-utility-application-received"));
        return builder;
    }

    public static WebApplication MapIntakeService(this WebApplication app)
    {
        var api = app.MapGroup("/api/intake").WithGroupName(Name).WithTags("Intake");
        api.MapSubmitApplication();
        api.MapGetApplication();
        api.MapListApplications();
        api.MapAuditLog<IntakeDbContext>(Policies.ReadAuditLog);
        return app;
    }
}
