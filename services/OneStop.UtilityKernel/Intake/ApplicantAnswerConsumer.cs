using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;
using OneStop.UtilityKernel.Cases;

namespace OneStop.UtilityKernel.Intake;

/// <summary>
/// An applicant's answer relayed by intake: find this utility's case, let it act, publish what it raised with an audit
/// entry. Another utility's answer is none of this case's business; one the case no longer waits for is logged and dropped.
/// </summary>
public abstract class ApplicantAnswerConsumer<TMessage, TDbContext, TDetails>(TDbContext db, UtilityProfile<TDetails> profile, ILogger logger)
    : IdempotentConsumer<TMessage, TDbContext>(db, logger)
    where TMessage : class
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    /// <summary>The joint application and utility the answer is for, and when it was given.</summary>
    protected abstract (Guid ApplicationId, UtilityKind Utility, DateTimeOffset At) AddressOf(TMessage message);

    protected abstract IReadOnlyList<object> Act(UtilityApplication<TDetails> application, TMessage message);

    /// <summary>The audit action, after "utility-application.".</summary>
    protected abstract string AuditAction { get; }

    protected sealed override async Task HandleAsync(ConsumeContext<TMessage> context)
    {
        var (applicationId, utility, at) = AddressOf(context.Message);
        if (utility != profile.Utility || await Db.Cases.SingleOrDefaultAsync(a => a.JointApplicationId == applicationId, context.CancellationToken) is not { } application)
            return;
        var events = Act(application, context.Message);
        if (events.Count == 0)
        {
            Logger.LogWarning("{Consumer}: {Utility} case {CaseId} does not wait for this answer; it is ignored", ConsumerName, profile.Name, application.Id);
            return;
        }
        Db.PublishAll(events);
        Db.Audit(AuditActor.Service(profile.Name), $"utility-application.{AuditAction}", application.AuditResource, application.ApplicantKey, at);
    }
}
