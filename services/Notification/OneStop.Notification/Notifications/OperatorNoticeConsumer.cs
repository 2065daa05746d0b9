using Microsoft.Extensions.Logging;
using MassTransit;
using OneStop.Contracts;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Recipients;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>
/// Closes the loop on the utility's side: the applicant answered a correction, declared its works complete or gave a
/// promised document, and the operators of each utility concerned find it in their inbox.
/// </summary>
public sealed class OperatorNoticeConsumer<TAnswer>(NotificationDbContext db, Notifier notifier, ILogger<OperatorNoticeConsumer<TAnswer>> logger)
    : IdempotentConsumer<TAnswer, NotificationDbContext>(db, logger)
    where TAnswer : class
{
    protected override string ConsumerName => $"operator-notice:{typeof(TAnswer).Name}";

    protected override async Task HandleAsync(ConsumeContext<TAnswer> context)
    {
        var (applicationId, utilities, kind) = context.Message switch
        {
            CorrectionAnswered answered => (answered.ApplicationId, new[] { answered.Utility }, MessageKind.CorrectionAnswered),
            CustomerWorksCompleted declared => (declared.ApplicationId, new[] { declared.Utility }, MessageKind.CustomerWorksDeclared),
            CommittedDocumentProvided provided => (provided.ApplicationId, provided.NeededBy.ToArray(), MessageKind.DocumentProvided),
            _ => throw new ArgumentOutOfRangeException(nameof(context), typeof(TAnswer).Name, "not an applicant's answer"),
        };
        var contact = await Db.ContactOfAsync(applicationId, context.CancellationToken);
        foreach (var utility in utilities)
            notifier.ToOperators(utility, applicationId, context.MessageId!.Value, typeof(TAnswer).Name, kind,
                new TemplateValues().Set("applicationNumber", contact.ApplicationNumber));
    }
}
