using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OneStop.Calendar;
using OneStop.Contracts.Approvals;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Approvals.ExternalWorksApprovals;

/// <summary>The joint survey found external works: the combined application is filed with the departments its route needs.</summary>
public sealed class ExternalWorksApprovalRequestedConsumer(
    ApprovalsDbContext db, IOptions<ApprovalRules> rules, WorkingDayCalendar calendar, ILogger<ExternalWorksApprovalRequestedConsumer> logger)
    : IdempotentConsumer<ExternalWorksApprovalRequested, ApprovalsDbContext>(db, logger)
{
    protected override string ConsumerName => "external-works-approval-requested";

    protected override async Task HandleAsync(ConsumeContext<ExternalWorksApprovalRequested> context)
    {
        var message = context.Message;
        if (await Db.Approvals.AnyAsync(a => a.ApplicationId == message.ApplicationId, context.CancellationToken))
            return;
        var (approval, events) = ExternalWorksApproval.File(message, rules.Value, calendar);
        Db.Approvals.Add(approval);
        Db.PublishAll(events);
        Db.Audit(AuditActor.Service(ApprovalsService.Name), "external-works.file", approval.AuditResource, null, message.RequestedAt);
    }
}
