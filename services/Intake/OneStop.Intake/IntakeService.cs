using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Submit;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

namespace OneStop.Intake;

public static class IntakeService
{
    public const string Name = "intake";

    public static WebApplicationBuilder AddIntakeService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext>("Intake");
        builder.Services.AddServiceOpenApi(Name);
        builder.Services.AddBusConsumers(bus => bus.AddConsumer<UtilityApplicationReceivedConsumer>()
            .Endpoint(endpoint => endpoint.Name = "intake-utility-application-received"));
        return builder;
    }

    public static WebApplication MapIntakeService(this WebApplication app)
    {
        var api = app.MapGroup("/api/intake").WithGroupName(Name).WithTags("Intake");
        api.MapSubmitApplication();
        api.MapGetApplication();
        return app;
    }
}
