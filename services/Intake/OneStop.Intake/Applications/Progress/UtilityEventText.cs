using OneStop.Calendar;
using OneStop.Contracts;

namespace OneStop.Intake.Applications;

/// <summary>What each utility event says on the applicant's timeline, Chinese first with English alongside.</summary>
public static class UtilityEventText
{
    public static TimelineEntry TimelineEntryFor(Guid applicationId, IUtilityCaseEvent utilityEvent)
    {
        var (company, companyEn) = utilityEvent.Utility.CompanyName();
        var (at, name, description) = utilityEvent switch
        {
            UtilityStageStarted started => (started.StartedAt, "stageStarted",
                $"{company}：进入“{started.Stage.Chinese}”环节，{Due(started.State.DueAt)} / The {companyEn}: {started.Stage.English} started, {DueEn(started.State.DueAt)}"),
            UtilityStageCompleted { State.Status: UtilityCaseStatus.AwaitingCustomerWorks } completed => (completed.CompletedAt, "stageCompleted",
                $"{company}：“{completed.Stage.Chinese}”已完成。请完成内部工程后申报竣工 / The {companyEn}: {completed.Stage.English} done. " +
                "Complete your own works, then declare them complete"),
            UtilityStageCompleted completed => (completed.CompletedAt, "stageCompleted",
                $"{company}：“{completed.Stage.Chinese}”已完成 / The {companyEn}: {completed.Stage.English} done"),
            UtilityCorrectionRequested requested => (requested.RequestedAt, "correctionRequested",
                $"{company}请您补正：{requested.Needed}（计时暂停，补正后恢复） / The {companyEn} needs a correction: {requested.Needed} (the clock is paused until you answer)"),
            UtilityClockResumed resumed => (resumed.ResumedAt, "resumed",
                $"{company}已收到补正，恢复办理，{Due(resumed.State.DueAt)} / The {companyEn} has your correction and works on, {DueEn(resumed.State.DueAt)}"),
            UtilityApplicationRejected rejected => (rejected.RejectedAt, "rejected",
                $"{company}不予办理，原因：{rejected.Reason}。其他单位继续办理 / The {companyEn} rejected the application: {rejected.Reason}. The other utilities carry on"),
            UtilityConnected connected => (connected.ConnectedAt, "connected",
                $"{company}已接通 / Connected by the {companyEn}"),
            _ => throw new ArgumentOutOfRangeException(nameof(utilityEvent), utilityEvent.GetType().Name, "not a timeline event"),
        };
        return TimelineEntry.Of(applicationId, at, name, description, utilityEvent.Utility);
    }

    public static string ChinaTime(DateTimeOffset at) => at.ToOffset(WorkingDayCalendar.ChinaOffset).ToString("yyyy-MM-dd HH:mm");

    private static string Due(DateTimeOffset? dueAt) => dueAt is { } due ? $"办理时限至 {ChinaTime(due)}" : "办理时限待定";

    private static string DueEn(DateTimeOffset? dueAt) => dueAt is { } due ? $"due by {ChinaTime(due)} China time" : "deadline to be set";
}
