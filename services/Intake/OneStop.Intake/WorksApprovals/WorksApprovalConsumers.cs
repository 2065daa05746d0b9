using MassTransit;
using Microsoft.Extensions.Logging;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Intake.Applications;
using OneStop.Intake.Applications.Progress;
using OneStop.Messaging.Inbox;

namespace OneStop.Intake.WorksApprovals;

/// <summary>联合审批 on the applicant's timeline: where the external works went, by when they decide, and the outcome.</summary>
public sealed class WorksApprovalFiledConsumer(IntakeDbContext db, ILogger<WorksApprovalFiledConsumer> logger)
    : IdempotentConsumer<ExternalWorksApprovalFiled, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "works-approval-filed";

    protected override async Task HandleAsync(ConsumeContext<ExternalWorksApprovalFiled> context)
    {
        var filed = context.Message;
        // Works that need no permit are told by their outcome alone.
        if (filed.DueDates.Count == 0)
            return;
        var application = await ApplicationWithUtilities.LoadAsync(Db, filed.ApplicationId, context.CancellationToken);
        var (companies, companiesEn) = filed.Utilities.CompanyNames();
        var departments = (string.Join("、", filed.DueDates.Keys.Select(d => d.Chinese())), string.Join(", ", filed.DueDates.Keys.Select(d => d.English())));
        var due = filed.DueDates.Values.Max();
        var again = filed.Round > 1 ? ("调整路由后", "The revised route: ") : ("", "");
        application.Timeline.Add(TimelineEntry.Of(application.Id, filed.FiledAt, "worksApprovalFiled",
            $"{again.Item1}{companies}的外线工程已一并提交联合审批，{departments.Item1}并联审批，最迟 {due:yyyy-MM-dd} 答复"
            + $" / {again.Item2}the external works of the {companiesEn} went for one joint approval to {departments.Item2}, deciding in parallel by {due:yyyy-MM-dd}"));
    }
}

public sealed class WorksApprovalDecidedConsumer(IntakeDbContext db, ILogger<WorksApprovalDecidedConsumer> logger)
    : IdempotentConsumer<ExternalWorksApprovalDecided, IntakeDbContext>(db, logger)
{
    protected override string ConsumerName => "works-approval-decided";

    protected override async Task HandleAsync(ConsumeContext<ExternalWorksApprovalDecided> context)
    {
        var decided = context.Message;
        var application = await ApplicationWithUtilities.LoadAsync(Db, decided.ApplicationId, context.CancellationToken);
        var (companies, companiesEn) = decided.Utilities.CompanyNames();
        var window = ($"{decided.WorksFrom:yyyy-MM-dd} 至 {decided.WorksUntil:yyyy-MM-dd}", $"{decided.WorksFrom:yyyy-MM-dd} to {decided.WorksUntil:yyyy-MM-dd}");
        application.Timeline.Add(TimelineEntry.Of(application.Id, decided.DecidedAt, "worksApprovalDecided", decided.Outcome switch
        {
            ExternalWorksApprovalStatus.Approved =>
                $"外线工程联合审批通过，{companies}同步开挖、同敷管线、一次回填，施工时间 {window.Item1} / The external works were approved: the {companiesEn} dig one trench together, {window.Item2}",
            ExternalWorksApprovalStatus.CommitmentFiled =>
                $"外线工程无需行政许可，已告知承诺备案，{companies}施工时间 {window.Item1} / No permit is needed: filed on commitment, the {companiesEn} work {window.Item2}",
            _ =>
                $"{decided.RejectedBy!.Value.Chinese()}不予许可：{decided.Reason}。{companies}将调整路由后重新报批 / {decided.RejectedBy.Value.English()} refused the route: {decided.Reason}. The {companiesEn} will revise it and file again",
        }));
    }
}
