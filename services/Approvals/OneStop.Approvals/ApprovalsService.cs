using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Approvals.ExternalWorksApprovals;
using OneStop.Calendar;
using OneStop.Messaging;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Approvals;

/// <summary>The government departments' side of the joint external-works approval (联合审批 / 并联审批).</summary>
public static class ApprovalsService
{
    public const string Name = "approvals";

    public static WebApplicationBuilder AddApprovalsService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ApprovalsDbContext>("Approvals");
        builder.AddWorkingDayCalendar<ApprovalsDbContext>(Name);
        builder.Services.AddServiceOpenApi(Name);
        builder.Services.AddBusConsumers(bus => bus.AddConsumer<ExternalWorksApprovalRequestedConsumer>()
            .Endpoint(endpoint => endpoint.Name = "approvals-external-works-requested"));
        builder.Services.AddOptions<ApprovalRules>().BindConfiguration(ApprovalRules.Section)
            .Validate(rules => !rules.Problems().Any(), "ExternalWorksApprovals settings are invalid: limits or lengths out of range").ValidateOnStart();
        return builder;
    }

    public static WebApplication MapApprovalsService(this WebApplication app)
    {
        var api = app.MapGroup("/api/approvals").WithGroupName(Name).WithTags("Approvals");
        api.MapExternalWorksApprovals();
        api.MapAuditLog<ApprovalsDbContext>(Policies.ReadAuditLog);
        api.MapMessagingOperations<ApprovalsDbContext>();
        return app;
    }
}
