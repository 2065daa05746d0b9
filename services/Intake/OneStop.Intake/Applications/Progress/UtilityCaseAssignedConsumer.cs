using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.Intake.Applications.Progress;

/// <summary>A utility named the applicant's 客户经理: shown on the utility's progress, and on the timeline.</summary>
public sealed class UtilityCaseAssignedConsumer(IntakeDbContext db, ILogger<UtilityCaseAssignedConsumer> logger)
    : IdempotentConsumer<UtilityCaseAssigned, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "utility-case-assigned";

    protected override async Task HandleAsync(ConsumeContext<UtilityCaseAssigned> context)
    {
        var message = context.Message;
        var application = await ApplicationWithUtilities.LoadAsync(Db, message.ApplicationId, context.CancellationToken);
        if (!application.RecordManager(message))
            return;
        Db.Audit(AuditActor.Service(IntakeService.Name), "application.manager-named", application.AuditResource, application.ApplicantKey, message.AssignedAt);
    }
}
