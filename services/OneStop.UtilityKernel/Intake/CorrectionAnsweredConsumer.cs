using Microsoft.Extensions.Logging;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.UtilityKernel.Cases;

namespace OneStop.UtilityKernel.Intake;

/// <summary>The applicant's answer to this utility's correction request, relayed by intake: the clock runs again.</summary>
public sealed class CorrectionAnsweredConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<CorrectionAnsweredConsumer<TDbContext, TDetails>> logger)
    : ApplicantAnswerConsumer<CorrectionAnswered, TDbContext, TDetails>(db, profile, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "correction-answered";

    protected override string AuditAction => "resume";

    protected override (Guid ApplicationId, UtilityKind Utility, DateTimeOffset At) AddressOf(CorrectionAnswered message) =>
        (message.ApplicationId, message.Utility, message.AnsweredAt);

    protected override IReadOnlyList<object> Act(UtilityApplication<TDetails> application, CorrectionAnswered message) =>
        application.AnswerCorrection(message.CorrectionId, message.Answer, message.Attachments, calendar, message.AnsweredAt);
}
