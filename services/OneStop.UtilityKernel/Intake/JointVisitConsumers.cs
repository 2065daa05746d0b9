using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.JointSteps;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;
using OneStop.UtilityKernel.Cases;

namespace OneStop.UtilityKernel.Intake;

/// <summary>
/// News of a joint step this utility takes part in (intake's of a joint visit, the departments' of the works approval):
/// find this utility's case, let it act, publish what it raised with an audit entry. A step for other utilities is none
/// of this case's business.
/// </summary>
public abstract class JointStepConsumer<TMessage, TDbContext, TDetails>(TDbContext db, UtilityProfile<TDetails> profile, ILogger logger)
    : IdempotentConsumer<TMessage, TDbContext>(db, logger)
    where TMessage : class
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected abstract (Guid ApplicationId, IReadOnlyList<UtilityKind> Utilities, DateTimeOffset At) AddressOf(TMessage message);

    protected abstract IReadOnlyList<object> Act(UtilityApplication<TDetails> application, TMessage message);

    protected abstract string AuditAction { get; }

    protected sealed override async Task HandleAsync(ConsumeContext<TMessage> context)
    {
        var (applicationId, utilities, at) = AddressOf(context.Message);
        if (!utilities.Contains(profile.Utility)
            || await Db.Cases.SingleOrDefaultAsync(a => a.JointApplicationId == applicationId, context.CancellationToken) is not { } application)
            return;
        Db.PublishAll(Act(application, context.Message));
        Db.Audit(AuditActor.Service(profile.Name), $"utility-application.{AuditAction}", application.AuditResource, application.ApplicantKey, at);
    }
}

public sealed class JointVisitScheduledConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<JointVisitScheduledConsumer<TDbContext, TDetails>> logger)
    : JointStepConsumer<JointVisitScheduled, TDbContext, TDetails>(db, profile, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "joint-visit-scheduled";

    protected override string AuditAction => "visit-scheduled";

    protected override (Guid ApplicationId, IReadOnlyList<UtilityKind> Utilities, DateTimeOffset At) AddressOf(JointVisitScheduled message) =>
        (message.ApplicationId, message.Utilities, message.BookedAt);

    protected override IReadOnlyList<object> Act(UtilityApplication<TDetails> application, JointVisitScheduled message) =>
        application.VisitScheduled(message, calendar);
}

public sealed class JointVisitCancelledConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<JointVisitCancelledConsumer<TDbContext, TDetails>> logger)
    : JointStepConsumer<JointVisitCancelled, TDbContext, TDetails>(db, profile, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "joint-visit-cancelled";

    protected override string AuditAction => "visit-cancelled";

    protected override (Guid ApplicationId, IReadOnlyList<UtilityKind> Utilities, DateTimeOffset At) AddressOf(JointVisitCancelled message) =>
        (message.ApplicationId, message.Utilities, message.CancelledAt);

    protected override IReadOnlyList<object> Act(UtilityApplication<TDetails> application, JointVisitCancelled message) =>
        application.VisitCancelled(message.VisitId, message.Step, message.MissedByApplicant, calendar, message.CancelledAt);
}

public sealed class JointVisitCompletedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, ILogger<JointVisitCompletedConsumer<TDbContext, TDetails>> logger)
    : JointStepConsumer<JointVisitCompleted, TDbContext, TDetails>(db, profile, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "joint-visit-completed";

    protected override string AuditAction => "visit-completed";

    protected override (Guid ApplicationId, IReadOnlyList<UtilityKind> Utilities, DateTimeOffset At) AddressOf(JointVisitCompleted message) =>
        (message.ApplicationId, message.Utilities, message.CompletedAt);

    protected override IReadOnlyList<object> Act(UtilityApplication<TDetails> application, JointVisitCompleted message) =>
        application.VisitCompleted(message);
}
