using Microsoft.Extensions.Logging;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.UtilityKernel.Cases;
using OneStop.UtilityKernel.Intake;

namespace OneStop.UtilityKernel.Approvals;

/// <summary>The departments' outcome for the trench this case shares: the works window, or the reason the route was refused.</summary>
public sealed class ExternalWorksApprovalDecidedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<ExternalWorksApprovalDecidedConsumer<TDbContext, TDetails>> logger)
    : JointStepConsumer<ExternalWorksApprovalDecided, TDbContext, TDetails>(db, profile, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "external-works-approval-decided";

    protected override string AuditAction => "works-approval-decided";

    protected override (Guid ApplicationId, IReadOnlyList<UtilityKind> Utilities, DateTimeOffset At) AddressOf(ExternalWorksApprovalDecided message) =>
        (message.ApplicationId, message.Utilities, message.DecidedAt);

    protected override IReadOnlyList<object> Act(UtilityApplication<TDetails> application, ExternalWorksApprovalDecided message) =>
        application.WorksApprovalDecided(message, calendar);
}
