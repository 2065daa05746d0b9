using MassTransit;
using MassTransit.Middleware;
using OneStop.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OneStop.Contracts;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Submit;
using OneStop.Intake.Documents;
using OneStop.Workflow;
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
        builder.AddWorkingDayCalendar<IntakeDbContext>(Name);
        builder.AddStageCatalogues();
        builder.AddDocuments();
        builder.Services.AddServiceOpenApi(Name);
        // The utilities answer the same application at once; partitioning by application serialises those answers
        // within an instance, in arrival order, so they rarely collide on the application's concurrency token.
        builder.Services.AddBusConsumers(bus =>
        {
            var byApplication = new Partitioner(16, new Murmur3UnsafeHashGenerator());
            bus.AddConsumer<UtilityApplicationReceivedConsumer>((_, consumer) => consumer.Message<UtilityApplicationReceived>(
                    message => message.UsePartitioner(byApplication, m => m.Message.ApplicationId)))
                .Endpoint(endpoint => endpoint.Name = UtilityEventsQueue);
            AddUtilityEventConsumer<UtilityStageStarted>(bus, byApplication);
            AddUtilityEventConsumer<UtilityStageCompleted>(bus, byApplication);
            AddUtilityEventConsumer<UtilityCorrectionRequested>(bus, byApplication);
            AddUtilityEventConsumer<UtilityClockResumed>(bus, byApplication);
            AddUtilityEventConsumer<UtilityApplicationRejected>(bus, byApplication);
            AddUtilityEventConsumer<UtilityConnected>(bus, byApplication);
            AddUtilityEventConsumer<UtilityDeadlineRecomputed>(bus, byApplication);
        });
        return builder;
    }

    private const string UtilityEventsQueue = "intake-utility-events";

    private static void AddUtilityEventConsumer<TEvent>(IBusRegistrationConfigurator bus, IPartitioner byApplication) where TEvent : class, IUtilityCaseEvent =>
        bus.AddConsumer<UtilityEventConsumer<TEvent>>((_, consumer) => consumer.Message<TEvent>(
                message => message.UsePartitioner(byApplication, m => m.Message.ApplicationId)))
            .Endpoint(endpoint => endpoint.Name = UtilityEventsQueue);

    public static WebApplication MapIntakeService(this WebApplication app)
    {
        var api = app.MapGroup("/api/intake").WithGroupName(Name).WithTags("Intake");
        api.MapSubmitApplication();
        api.MapGetApplication();
        api.MapListApplications();
        api.MapApplicantAnswers();
        api.MapProvideCommittedDocument();
        api.MapServiceGuide();
        api.MapDocuments();
        api.MapAuditLog<IntakeDbContext>(Policies.ReadAuditLog);
        app.MapWorkingDayCalendar<IntakeDbContext>(Name);
        return app;
    }
}
