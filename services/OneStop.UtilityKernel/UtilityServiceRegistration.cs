using OneStop.Fees;
using OneStop.UtilityKernel.Fees;
using MassTransit;
using OneStop.UtilityKernel.Operations;
using OneStop.UtilityKernel.Sla;
using OneStop.UtilityKernel.Approvals;
using OneStop.UtilityKernel.Intake;
using OneStop.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Messaging;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;
using OneStop.Workflow;

namespace OneStop.UtilityKernel;

public static class UtilityServiceRegistration
{
    public static WebApplicationBuilder AddUtilityService<TDbContext, TDetails>(this WebApplicationBuilder builder, UtilityProfile<TDetails> profile)
        where TDbContext : UtilityDbContext<TDetails>
        where TDetails : class
    {
        builder.AddServiceDatabase<TDbContext>(profile.Utility.ToString());
        builder.AddWorkingDayCalendar<TDbContext>(profile.Name);
        builder.AddStageCatalogues();
        builder.AddFeeSchedules();
        builder.Services.AddSingleton(profile);
        builder.Services.AddSingleton<CaseQuotes<TDetails>>();
        builder.Services.AddServiceOpenApi(profile.Name);
        builder.Services.AddHostedService<SlaWatcher<TDbContext, TDetails>>();
        builder.Services.AddBusConsumers(bus =>
        {
            bus.AddConsumer<JointApplicationSubmittedConsumer<TDbContext, TDetails>>()
                .Endpoint(endpoint => endpoint.Name = $"{profile.Name}-joint-application-submitted");
            // The applicant's answers, relayed by intake; every utility hears them and acts on its own.
            bus.AddConsumer<CorrectionAnsweredConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-applicant");
            bus.AddConsumer<CustomerWorksCompletedConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-applicant");
            bus.AddConsumer<CommittedDocumentProvidedConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-applicant");
            bus.AddConsumer<CommitmentDueDateSetConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-applicant");
            bus.AddConsumer<JointVisitScheduledConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-applicant");
            bus.AddConsumer<JointVisitCancelledConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-applicant");
            bus.AddConsumer<JointVisitCompletedConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-applicant");
            bus.AddConsumer<ExternalWorksApprovalDecidedConsumer<TDbContext, TDetails>>().Endpoint(endpoint => endpoint.Name = $"{profile.Name}-approvals");
        });
        return builder;
    }

    public static WebApplication MapUtilityService<TDbContext, TDetails>(this WebApplication app, UtilityProfile<TDetails> profile)
        where TDbContext : UtilityDbContext<TDetails>
        where TDetails : class
    {
        var api = app.MapGroup($"/api/{profile.Name}").WithGroupName(profile.Name).WithTags(profile.Utility.ToString());
        UtilityApplicationsApi<TDbContext, TDetails>.Map(api, profile.Utility);
        QueueApi<TDbContext, TDetails>.Map(api, profile.Utility);
        CaseActionsApi<TDbContext, TDetails>.Map(api, profile.Utility);
        api.MapAuditLog<TDbContext>(Policies.ReadUtilityAuditLog(profile.Utility));
        api.MapMessagingOperations<TDbContext>();
        return app;
    }
}
