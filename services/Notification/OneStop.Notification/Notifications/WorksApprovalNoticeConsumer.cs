using MassTransit;
using Microsoft.Extensions.Logging;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Recipients;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>
/// 联合审批 on every side: each department the works went to finds them in its inbox; a correction a department asks for
/// reaches the operators of every utility in the trench; the outcome reaches the applicant and those operators.
/// </summary>
public sealed class WorksApprovalNoticeConsumer<TMessage>(NotificationDbContext db, Notifier notifier, ILogger<WorksApprovalNoticeConsumer<TMessage>> logger)
    : IdempotentConsumer<TMessage, NotificationDbContext>(db, logger)
    where TMessage : class
{
    protected override string ConsumerName => $"works-approval-notice:{typeof(TMessage).Name}";

    protected override async Task HandleAsync(ConsumeContext<TMessage> context)
    {
        var (eventId, eventType) = (context.MessageId!.Value, typeof(TMessage).Name);
        switch (context.Message)
        {
            case ExternalWorksApprovalFiled filed:
            {
                var values = await ValuesAsync(filed.ApplicationId, filed.Utilities, context.CancellationToken);
                foreach (var (department, due) in filed.DueDates)
                    notifier.ToDepartment(department, filed.ApplicationId, eventId, eventType, MessageKind.WorksApprovalFiled,
                        values.Set("deadline", $"{due:yyyy-MM-dd}"));
                break;
            }
            case ExternalWorksCorrectionRequested correction:
            {
                var values = (await ValuesAsync(correction.ApplicationId, correction.Utilities, context.CancellationToken))
                    .Set("department", correction.Department.Chinese(), correction.Department.English()).Set("needed", correction.Needed);
                foreach (var utility in correction.Utilities)
                    notifier.ToOperators(utility, correction.ApplicationId, eventId, eventType, MessageKind.WorksApprovalCorrection, values);
                break;
            }
            case ExternalWorksApprovalDecided decided:
            {
                var contact = await Db.ContactOfAsync(decided.ApplicationId, context.CancellationToken);
                var (outcome, outcomeEn) = Outcome(decided);
                var values = Values(contact, decided.Utilities).Set("outcome", outcome, outcomeEn);
                await notifier.ToApplicantAsync(contact, eventId, eventType, MessageKind.WorksApprovalDecided, values, context.CancellationToken);
                foreach (var utility in decided.Utilities)
                    notifier.ToOperators(utility, decided.ApplicationId, eventId, eventType, MessageKind.WorksApprovalDecided, values);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(context), eventType, "not a works approval notice");
        }
    }

    private async Task<TemplateValues> ValuesAsync(Guid applicationId, IReadOnlyList<UtilityKind> utilities, CancellationToken cancellationToken) =>
        Values(await Db.ContactOfAsync(applicationId, cancellationToken), utilities);

    private static TemplateValues Values(ApplicationContact contact, IReadOnlyList<UtilityKind> utilities)
    {
        var (companies, companiesEn) = utilities.CompanyNames();
        return new TemplateValues().Set("applicationNumber", contact.ApplicationNumber).Set("companies", companies, companiesEn);
    }

    private static (string Zh, string En) Outcome(ExternalWorksApprovalDecided decided) => decided.Outcome switch
    {
        ExternalWorksApprovalStatus.Approved => ($"已准予许可，同沟施工时间 {decided.WorksFrom:yyyy-MM-dd} 至 {decided.WorksUntil:yyyy-MM-dd}",
            $"approved: the trench is dug from {decided.WorksFrom:yyyy-MM-dd} to {decided.WorksUntil:yyyy-MM-dd}"),
        ExternalWorksApprovalStatus.CommitmentFiled => ($"无需行政许可，已告知承诺备案，施工时间 {decided.WorksFrom:yyyy-MM-dd} 至 {decided.WorksUntil:yyyy-MM-dd}",
            $"no permit needed, filed on commitment: works from {decided.WorksFrom:yyyy-MM-dd} to {decided.WorksUntil:yyyy-MM-dd}"),
        _ => ($"{decided.RejectedBy!.Value.Chinese()}不予许可：{decided.Reason}。各单位将调整路由后重新报批",
            $"refused by {decided.RejectedBy!.Value.English()}: {decided.Reason}. The utilities will revise the route and file it again"),
    };
}
