using Microsoft.Extensions.Logging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;

namespace OneStop.UtilityKernel;

/// <summary>Opens this utility's record when the joint application asks for this utility, and tells intake it has it.</summary>
public sealed class JointApplicationSubmittedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, TimeProvider clock, ILogger<JointApplicationSubmittedConsumer<TDbContext, TDetails>> logger)
    : IdempotentConsumer<JointApplicationSubmitted, TDbContext>(db, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "joint-application-submitted";

    protected override async Task HandleAsync(ConsumeContext<JointApplicationSubmitted> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        if (profile.DetailsFrom(message.Utilities) is not { } details)
            return;
        if (await Db.Applications.AnyAsync(a => a.JointApplicationId == message.ApplicationId, cancellationToken))
            return;

        var application = UtilityApplication<TDetails>.Receive(message, profile.Utility, details, clock.GetUtcNow());
        Db.Applications.Add(application);
        Db.Publish(application.ToReceivedEvent());
        Db.Audit(AuditActor.Service(profile.Name), "utility-application.open", $"{profile.Name}-application/{application.Id}",
            application.ApplicantKey, application.ReceivedAt);
    }
}
