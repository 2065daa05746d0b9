using Microsoft.Extensions.Logging;
using OneStop.UtilityKernel.Cases;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Messaging;
using OneStop.Messaging.Inbox;
using OneStop.Security.Audit;
using OneStop.UtilityKernel.Fees;
using OneStop.Workflow;

namespace OneStop.UtilityKernel.Intake;

/// <summary>
/// Opens this utility's case when the joint application asks for this utility, on the stage catalogue its request and
/// region call for, with its quote, starts the acceptance clock, and tells intake it has it.
/// </summary>
public sealed class JointApplicationSubmittedConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, StageCatalogues catalogues, CaseQuotes<TDetails> quotes, WorkingDayCalendar calendar, TimeProvider clock,
    ILogger<JointApplicationSubmittedConsumer<TDbContext, TDetails>> logger)
    : IdempotentConsumer<JointApplicationSubmitted, TDbContext>(db, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    private static readonly CompiledQuery<Func<TDbContext, Guid, CancellationToken, Task<bool>>> Opened = new(() =>
        EF.CompileAsyncQuery((TDbContext db, Guid jointApplicationId, CancellationToken _) =>
            db.Applications.Any(a => a.JointApplicationId == jointApplicationId)));

    protected override string ConsumerName => "joint-application-submitted";

    protected override async Task HandleAsync(ConsumeContext<JointApplicationSubmitted> context)
    {
        var (message, cancellationToken) = (context.Message, context.CancellationToken);
        if (profile.DetailsFrom(message.Utilities) is not { } details || CatalogueKeys.For(profile.Utility, message.Utilities) is not { } key)
            return;
        if (await Opened.For(Db)(Db, message.ApplicationId, cancellationToken))
            return;

        var catalogue = catalogues.For(key, message.Site.RegionCode);
        var now = clock.GetUtcNow();
        var quote = quotes.For(message.Applicant, message.Site, details, now);
        var (application, received) = UtilityApplication<TDetails>.Receive(message, profile.Utility, details, catalogue, quote, calendar, now);
        Db.Applications.Add(application);
        Db.Publish(received);
        Db.Audit(AuditActor.Service(profile.Name), "utility-application.open", application.AuditResource,
            application.ApplicantKey, application.ReceivedAt);
    }
}
