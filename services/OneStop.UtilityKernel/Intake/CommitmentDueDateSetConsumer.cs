using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;

namespace OneStop.UtilityKernel.Intake;

/// <summary>A commitment's due date moved (counted again on a newly installed holiday schedule): the operator sees the new one.</summary>
public sealed class CommitmentDueDateSetConsumer<TDbContext, TDetails>(
    TDbContext db, UtilityProfile<TDetails> profile, ILogger<CommitmentDueDateSetConsumer<TDbContext, TDetails>> logger)
    : IdempotentConsumer<DocumentCommitmentDueDateSet, TDbContext>(db, logger)
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    protected override string ConsumerName => "commitment-due-date-set";

    protected override async Task HandleAsync(ConsumeContext<DocumentCommitmentDueDateSet> context)
    {
        var message = context.Message;
        if (await Db.Cases.WaitingForDocumentAsync(profile.Utility, message.ApplicationId, message.NeededBy, context.CancellationToken) is { } application)
            application.SetCommitmentDueDate(message.Type, message.DueAt);
    }
}
