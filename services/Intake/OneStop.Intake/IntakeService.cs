using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Intake.Documents.Guide;
using OneStop.Intake.Applications.Commitments;
using OneStop.Intake.Applications.Answers;
using OneStop.Intake.Applications.Progress;
using OneStop.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OneStop.Contracts;
using OneStop.Intake.Applications;
using OneStop.Intake.Contractors;
using OneStop.Intake.Applications.Submit;
using OneStop.Intake.Documents;
using OneStop.Intake.JointVisits;
using OneStop.Intake.WorksApprovals;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.JointSteps;
using OneStop.Contracts.Fees;
using OneStop.Fees;
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
        builder.AddFeeSchedules();
        builder.Services.AddSingleton(ContractorDirectory.Load(builder.Configuration["Contractors:File"]));
        builder.AddDocuments();
        builder.Services.AddServiceOpenApi(Name);
        // The utilities answer the same application at once; partitioning by application serialises those answers
        // within an instance, in arrival order, so they rarely collide on the application's concurrency token.
        builder.Services.AddBusConsumers(bus => new PartitionedConsumers(bus, "intake-utility-events")
            .Add<UtilityApplicationReceivedConsumer, UtilityApplicationReceived>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityStageStarted>, UtilityStageStarted>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityStageCompleted>, UtilityStageCompleted>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityCorrectionRequested>, UtilityCorrectionRequested>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityClockResumed>, UtilityClockResumed>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityApplicationRejected>, UtilityApplicationRejected>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityConnected>, UtilityConnected>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityDeadlineRecomputed>, UtilityDeadlineRecomputed>(m => m.ApplicationId)
            .Add<UtilityCaseAssignedConsumer, UtilityCaseAssigned>(m => m.ApplicationId)
            .Add<UtilityReadyForVisitConsumer, UtilityReadyForVisit>(m => m.ApplicationId)
            .Add<UtilityVisitRecordedConsumer, UtilityVisitRecorded>(m => m.ApplicationId)
            .Add<UtilityVisitMissedConsumer, UtilityVisitMissed>(m => m.ApplicationId)
            .Add<JointVisitWithdrawalConsumer, UtilityApplicationRejected>(m => m.ApplicationId)
            .Add<UtilityEventConsumer<UtilityClockPaused>, UtilityClockPaused>(m => m.ApplicationId)
            .Add<WorksApprovalFiledConsumer, ExternalWorksApprovalFiled>(m => m.ApplicationId)
            .Add<WorksApprovalDecidedConsumer, ExternalWorksApprovalDecided>(m => m.ApplicationId)
            .Add<UtilityQuoteChangedConsumer, UtilityQuoteChanged>(m => m.ApplicationId));
        builder.Services.AddOptions<JointVisitRules>().BindConfiguration(JointVisitRules.Section)
            .Validate(rules => !rules.Problems().Any(), "JointVisits settings are invalid: slots, window or notice out of range").ValidateOnStart();
        return builder;
    }

    public static WebApplication MapIntakeService(this WebApplication app)
    {
        var api = app.MapGroup("/api/intake").WithGroupName(Name).WithTags("Intake");
        api.MapSubmitApplication();
        api.MapGetApplication();
        api.MapApplicationChanges();
        api.MapListApplications();
        api.MapApplicantAnswers();
        api.MapProvideCommittedDocument();
        api.MapJointVisits();
        api.MapServiceGuide();
        api.MapContractors();
        api.MapDocuments();
        api.MapAuditLog<IntakeDbContext>(Policies.ReadAuditLog);
        api.MapMessagingOperations<IntakeDbContext>();
        app.MapWorkingDayCalendar<IntakeDbContext>(Name);
        return app;
    }
}
