using Microsoft.Extensions.Logging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.UtilityKernel;

/// <summary>The applicant's answer to this utility's correction request, relayed by intake: the clock runs again.</summary>
public sealed class CorrectionAnsweredConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<CorrectionAnsweredConsumer<TDbContext, TDetails>> logger)
    : IdempotentConsumer<CorrectionAnswered, TDbContext>(db, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "correction-answered";

    protected override async Task HandleAsync(ConsumeContext<CorrectionAnswered> context)
    {
        var message = context.Message;
        if (message.Utility != profile.Utility || await Db.Cases.SingleOrDefaultAsync(a => a.JointApplicationId == message.ApplicationId, context.CancellationToken) is not { } application)
            return;
        var events = application.AnswerCorrection(message.CorrectionId, message.Answer, calendar, message.AnsweredAt);
        if (events.Count == 0)
        {
            logger.LogWarning("Answer to correction {CorrectionId} of {Utility} case {CaseId} ignored: it is not the open correction",
                message.CorrectionId, profile.Name, application.Id);
            return;
        }
        Db.PublishAll(events);
        Db.Audit(AuditActor.Service(profile.Name), "utility-application.resume", $"{profile.Name}-application/{application.Id}",
            application.ApplicantKey, message.AnsweredAt);
    }
}
