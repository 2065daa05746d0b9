using Microsoft.Extensions.Logging;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.UtilityKernel.Cases;

namespace OneStop.UtilityKernel.Intake;

/// <summary>The customer declared its own works complete, through intake: the stage that awaited them starts.</summary>
public sealed class CustomerWorksCompletedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<CustomerWorksCompletedConsumer<TDbContext, TDetails>> logger)
    : ApplicantAnswerConsumer<CustomerWorksCompleted, TDbContext, TDetails>(db, profile, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "customer-works-completed";

    protected override string AuditAction => "customer-works-completed";

    protected override (Guid ApplicationId, UtilityKind Utility, DateTimeOffset At) AddressOf(CustomerWorksCompleted message) =>
        (message.ApplicationId, message.Utility, message.DeclaredAt);

    protected override IReadOnlyList<object> Act(UtilityApplication<TDetails> application, CustomerWorksCompleted message) =>
        application.CustomerWorksCompleted(message.Note, calendar, message.DeclaredAt);
}
