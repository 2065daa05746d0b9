using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Utilities;

namespace OneStop.Intake.Applications.Progress;

/// <summary>
/// What each utility event says on the joint timeline, Chinese first with English alongside. The applicant and the
/// utilities' staff read the same entries: they name "the applicant" rather than address anyone.
/// </summary>
public static class UtilityEventText
{
    /// <summary>When the event happened, and its timeline entry (none for a deadline recounted to the same date).</summary>
    public static (DateTimeOffset At, TimelineEntry? Entry) TimelineEntryFor(Guid applicationId, IUtilityCaseEvent utilityEvent)
    {
        var (company, companyEn) = utilityEvent.Utility.CompanyName();
        var state = utilityEvent.State;
        var (at, name, description, calendar) = utilityEvent switch
        {
            UtilityStageStarted started => (started.StartedAt, "stageStarted",
                $"{company}：进入“{started.Stage.Chinese}”环节，{Due(state)} / The {companyEn}: {started.Stage.English} started, {DueEn(state)}", state.DueCalendar),
            UtilityStageCompleted { State.Status: UtilityCaseStatus.AwaitingCustomerWorks } completed => (completed.CompletedAt, "stageCompleted",
                $"{company}：“{completed.Stage.Chinese}”已完成{Products(completed.Data).Zh}。请完成内部工程后申报竣工 / The {companyEn}: {completed.Stage.English} done" +
                $"{Products(completed.Data).En}. Complete your own works, then declare them complete", null),
            UtilityStageCompleted completed => (completed.CompletedAt, "stageCompleted",
                $"{company}：“{completed.Stage.Chinese}”已完成{Products(completed.Data).Zh} / The {companyEn}: {completed.Stage.English} done{Products(completed.Data).En}", null),
            UtilityCorrectionRequested requested => (requested.RequestedAt, "correctionRequested",
                $"{company}要求申请人补正：{requested.Needed}（计时暂停，补正后恢复） / The {companyEn} asks the applicant for a correction: {requested.Needed} (the clock stands until it is answered)",
                null),
            UtilityClockResumed { PausedFor: PauseKind.CommittedDocument } resumed => (resumed.ResumedAt, "resumed",
                $"{company}已收到申请人补交的材料，恢复计时，{Due(state)} / The {companyEn} has the promised document and works on, {DueEn(state)}", state.DueCalendar),
            // The booking's own timeline entry says it; the resumed clock only moves the utility's deadline.
            UtilityClockResumed { PausedFor: PauseKind.VisitBooking } resumed => (resumed.ResumedAt, null, null, null),
            // So does the approval's: the works window is the news.
            UtilityClockResumed { PausedFor: PauseKind.WorksApproval } resumed => (resumed.ResumedAt, null, null, null),
            // The missed visit's own entry says the clocks stand.
            UtilityClockPaused paused => (paused.PausedAt, null, null, null),
            UtilityClockResumed resumed => (resumed.ResumedAt, "resumed",
                $"{company}已收到补正，恢复办理，{Due(state)} / The {companyEn} has your correction and works on, {DueEn(state)}", state.DueCalendar),
            UtilityApplicationRejected rejected => (rejected.RejectedAt, "rejected",
                $"{company}不予办理，原因：{rejected.Reason}。其他单位继续办理 / The {companyEn} rejected the application: {rejected.Reason}. The other utilities carry on",
                null),
            UtilityConnected connected => (connected.ConnectedAt, "connected", $"{company}已接通 / Connected by the {companyEn}", null),
            UtilityDeadlineRecomputed { DeadlineMoved: false } recomputed => (recomputed.RecomputedAt, null, null, null),
            UtilityDeadlineRecomputed recomputed => (recomputed.RecomputedAt, "deadlineRecomputed",
                $"{company}：工作日按{CalendarOf(recomputed.DueCalendar)}重新计算，“{recomputed.Stage.Chinese}”环节{Moved(recomputed)} / " +
                $"The {companyEn}: working days counted again on {CalendarOfEn(recomputed.DueCalendar)}; {recomputed.Stage.English} {MovedEn(recomputed)}",
                recomputed.DueCalendar),
            _ => throw new ArgumentOutOfRangeException(nameof(utilityEvent), utilityEvent.GetType().Name, "not a timeline event"),
        };
        return (at, name is null ? null : TimelineEntry.Of(applicationId, at, name, description!, utilityEvent.Utility, calendar));
    }

    public static string ChinaTime(DateTimeOffset at) => at.ToOffset(WorkingDayCalendar.ChinaOffset).ToString("yyyy-MM-dd HH:mm");

    private static string Due(UtilityCaseState state) => state switch
    {
        { DueAt: { } due } => $"办理时限至 {ChinaTime(due)}{CalendarWording.NoteAfter(state.DueCalendar).Zh}",
        { ClockPausedFor: PauseKind.CommittedDocument } => "计时暂停，待申请人补交承诺的材料后恢复",
        { ClockPausedFor: PauseKind.VisitBooking } => "计时暂停，待申请人预约联合上门（踏勘或验收）后开始",
        { ClockPausedFor: PauseKind.WorksApproval } => "计时暂停，待外线工程联合审批通过后开始",
        _ => "办理时限待定",
    };

    private static string DueEn(UtilityCaseState state) => state switch
    {
        { DueAt: { } due } => $"due by {ChinaTime(due)} China time{CalendarWording.NoteAfter(state.DueCalendar).En}",
        { ClockPausedFor: PauseKind.CommittedDocument } => "its clock standing until the applicant provides the promised document",
        { ClockPausedFor: PauseKind.VisitBooking } => "its clock standing until the applicant books the joint visit (survey or acceptance)",
        { ClockPausedFor: PauseKind.WorksApproval } => "its clock standing until the departments approve the external works",
        _ => "deadline to be set",
    };

    /// <summary>What a stage produced that the applicant is entitled to read (the supply plan, the meter, …), after its name.</summary>
    private static (string Zh, string En) Products(IReadOnlyDictionary<string, string>? data)
    {
        var shown = (data ?? new Dictionary<string, string>()).Select(entry => (Label: StageProducts.Label(entry.Key), Value: StageProducts.Value(entry.Key, entry.Value)))
            .Where(entry => entry.Label is not null).ToList();
        return shown.Count == 0 ? ("", "")
            : ("：" + string.Join("；", shown.Select(e => $"{e.Label!.Value.Zh} {e.Value.Zh}")),
               ": " + string.Join("; ", shown.Select(e => $"{e.Label!.Value.En} {e.Value.En}")));
    }

    private static string CalendarOf(CalendarBasis basis) =>
        basis.IsProvisional ? "法定节假日（暂定）" : $"国务院公布的节假日安排{string.Concat(basis.Notices.Select(n => $"《{n}》"))}";

    private static string CalendarOfEn(CalendarBasis basis) =>
        basis.IsProvisional ? "the statutory holidays (provisionally)" : "the State Council's published holiday schedule";

    private static string Moved(UtilityDeadlineRecomputed recomputed) => recomputed.PreviousDueAt is { } previous
        ? $"办理时限由 {ChinaTime(previous)} 调整为 {ChinaTime(recomputed.State.DueAt!.Value)}{CalendarWording.NoteAfter(recomputed.DueCalendar).Zh}"
        : $"办理时限确定为 {ChinaTime(recomputed.State.DueAt!.Value)}{CalendarWording.NoteAfter(recomputed.DueCalendar).Zh}";

    private static string MovedEn(UtilityDeadlineRecomputed recomputed) => recomputed.PreviousDueAt is { } previous
        ? $"is now due by {ChinaTime(recomputed.State.DueAt!.Value)} China time instead of {ChinaTime(previous)}{CalendarWording.NoteAfter(recomputed.DueCalendar).En}"
        : $"is due by {ChinaTime(recomputed.State.DueAt!.Value)} China time{CalendarWording.NoteAfter(recomputed.DueCalendar).En}";
}
