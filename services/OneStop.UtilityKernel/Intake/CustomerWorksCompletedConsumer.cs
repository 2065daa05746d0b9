using Microsoft.Extensions.Logging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.UtilityKernel;

/// <summary>The customer declared its own works complete, through intake: the stage that awaited them starts.</summary>
public sealed class CustomerWorksCompletedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, WorkingDayCalendar calendar, ILogger<CustomerWorksCompletedConsumer<TDbContext, TDetails>> logger)
    : IdempotentConsumer<CustomerWorksCompleted, TDbContext>(db, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "customer-works-completed";

    protected override async Task HandleAsync(ConsumeContext<CustomerWorksCompleted> context)
    {
        var message = context.Message;
        if (message.Utility != profile.Utility || await Db.Cases.SingleOrDefaultAsync(a => a.JointApplicationId == message.ApplicationId, context.CancellationToken) is not { } application)
            return;
        var events = application.CustomerWorksCompleted(message.Note, calendar, message.DeclaredAt);
        if (events.Count == 0)
        {
            logger.LogWarning("Customer works declared for {Utility} case {CaseId} ignored: it is not awaiting them", profile.Name, application.Id);
            return;
        }
        Db.PublishAll(events);
        Db.Audit(AuditActor.Service(profile.Name), "utility-application.customer-works-completed", $"{profile.Name}-application/{application.Id}",
            application.ApplicantKey, message.DeclaredAt);
    }
}
