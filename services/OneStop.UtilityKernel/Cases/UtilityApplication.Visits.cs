using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.UtilityKernel.Fees;
using OneStop.Contracts.JointSteps;
using OneStop.Contracts.Utilities;
using OneStop.Workflow;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// The joint visits (联合踏勘, 联合验收) a case takes part in. Intake books one visit for every utility that needs it; until
/// the applicant has booked, the stage that needs the visit stands (the applicant's time), and it completes only once this
/// utility has recorded what it found there (an acceptance: that the works passed).
/// </summary>
public sealed partial class UtilityApplication<TDetails>
{
    public List<CaseVisit> Visits { get; private set; } = [];

    /// <summary>The joint steps this case's stages take part in, which intake coordinates.</summary>
    public IReadOnlyList<JointStep> JointSteps => Stages.Where(s => s.Joint is not null).Select(s => s.Joint!.Value).Distinct().ToList();

    public CaseVisit? VisitFor(JointStep step) => Visits.SingleOrDefault(v => v.Step == step);

    /// <summary>Booked or moved: the stage that waited for the booking runs again from the moment of booking. A stale booking changes nothing.</summary>
    public IReadOnlyList<object> VisitScheduled(JointVisitScheduled booked, WorkingDayCalendar calendar)
    {
        if (IsClosed || VisitFor(booked.Step) is { } known && (known.BookedAt >= booked.BookedAt || known.RecordedAt is not null))
            return [];
        Visits = [.. Visits.Where(v => v.Step != booked.Step),
            new CaseVisit(booked.VisitId, booked.Step, booked.Start, booked.End, booked.BookedAt, Remote: booked.Remote)];
        Version++;
        if (OpenPause is not { Kind: PauseKind.VisitBooking } wait || CurrentStage is not { } stage || stage.Joint != booked.Step)
            return [];
        wait.Close(null, booked.BookedAt);
        stage.Resume(calendar, wait.To!.Value, WorkingDaysOn(stage, calendar, wait.To.Value));
        WaitForWhatIsOwed(stage, wait.To.Value);
        return [new UtilityClockResumed(JointApplicationId, Utility, Id, wait.Id, wait.To.Value, State(calendar), PauseKind.VisitBooking)];
    }

    /// <summary>
    /// The booked visit did not take place: it is to be booked again. When the applicant missed it and the running stage
    /// needs it, the clock stands again until the new booking.
    /// </summary>
    public IReadOnlyList<object> VisitCancelled(Guid visitId, JointStep step, bool missedByApplicant, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (IsClosed || VisitFor(step) is not { RecordedAt: null } visit || visit.Id != visitId || visit.Start > at)
            return [];
        Visits = [.. Visits.Where(v => v.Step != step)];
        Version++;
        return missedByApplicant && CurrentStage is { Joint: { } needed, ClockRunning: true } stage && needed == step && WaitForBooking(stage, at)
            ? [new UtilityClockPaused(JointApplicationId, Utility, Id, stage.Name, PauseKind.VisitBooking, at, State(calendar))]
            : [];
    }

    /// <summary>Every utility has recorded the visit: this case's findings are final.</summary>
    public IReadOnlyList<object> VisitCompleted(JointVisitCompleted completed)
    {
        if (VisitFor(completed.Step) is not { CompletedAt: null } visit || visit.Id != completed.VisitId)
            return [];
        Visits = [.. Visits.Where(v => v.Step != completed.Step), visit with { CompletedAt = completed.CompletedAt }];
        Version++;
        return [];
    }

    /// <summary>The operator reports that the booked visit did not take place; intake books it again with the applicant.</summary>
    public IReadOnlyList<object> ReportVisitMissed(JointStep step, bool missedByApplicant, string note, string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var visit = BookedVisitThatBegan(step, at);
        if (visit.Remote)
            throw new IllegalTransitionException("云验收没有上门，如照片、视频不足请要求现场验收", "A remote acceptance has no visit to miss; ask for a site visit if the photos and videos are not enough");
        if (visit.RecordedAt is not null)
            throw new IllegalTransitionException($"本单位已记录{step.Name().Chinese}结果，不能再报告未能上门", "This utility has recorded the visit; it cannot report it missed");
        var reported = new UtilityVisitMissed(JointApplicationId, Utility, Id, visit.Id, step, missedByApplicant, note, by, at);
        return [reported, .. VisitCancelled(visit.Id, step, missedByApplicant, calendar, at)];
    }

    /// <summary>
    /// 踏勘结果: what this utility found on site, once the visit has begun; recorded again until the stage completes or
    /// every utility has recorded (the external works are then filed for approval on what they found).
    /// </summary>
    public IReadOnlyList<object> RecordSurvey(SurveyFindings findings, string by, DateTimeOffset at, CaseQuotes<TDetails> quotes)
    {
        var visit = BookedVisitThatBegan(JointStep.Survey, at);
        if (Stages.SingleOrDefault(s => s.Joint == JointStep.Survey) is { CompletedAt: not null })
            throw new IllegalTransitionException("踏勘环节已办结，不能再修改踏勘结果", "The survey's stage is complete; its findings can no longer change");
        if (visit.CompletedAt is not null)
            throw new IllegalTransitionException("各单位均已记录踏勘结果，外线工程已据此报批，不能再修改", "Every utility has recorded the survey and the external works were filed on it; the findings can no longer change");
        Visits = [.. Visits.Where(v => v.Step != JointStep.Survey), visit with { Findings = findings, RecordedBy = by, RecordedAt = at }];
        Version++;
        var metres = findings.ExternalWorksNeeded ? findings.ExternalWorksMetres : 0;
        var because = findings.ExternalWorksNeeded
            ? $"联合踏勘测得外线 {metres} 米 / the joint survey measured {metres} m of external line"
            : "联合踏勘确认无需外线工程 / the joint survey found no external works needed";
        return [new UtilityVisitRecorded(JointApplicationId, Utility, Id, visit.Id, JointStep.Survey, findings, by, at),
            .. Requote(quotes.For(Applicant, Site, Details, ReceivedAt, metres), because, at)];
    }

    /// <summary>The quote computed again from what the case now knows; news for intake when any line of it moved (a waived one too).</summary>
    private IReadOnlyList<object> Requote(FeeQuote quote, string because, DateTimeOffset at)
    {
        var previous = Quote;
        Quote = quote;
        return previous is not null && Lines(previous).SequenceEqual(Lines(quote)) && previous.Pending.SequenceEqual(quote.Pending)
            ? []
            : [new UtilityQuoteChanged(JointApplicationId, Utility, Id, quote, previous?.PayableFen, because, at)];

        static IEnumerable<(string, long?, string?)> Lines(FeeQuote quote) => quote.Lines.Select(line => (line.Code, line.AmountFen, line.WaivedBy));
    }

    /// <summary>
    /// 验收结果: whether the finished works passed this utility's inspection at the joint acceptance. Works that did not
    /// pass become a correction the applicant answers once they are put right; the inspector then records again, alone.
    /// </summary>
    public IReadOnlyList<object> RecordAcceptance(AcceptanceResult result, string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var visit = BookedVisitThatBegan(JointStep.Acceptance, at);
        if (Status == UtilityCaseStatus.AwaitingCorrection)
            throw AwaitingCorrection();
        if (visit.Acceptance is { Passed: true })
            throw new IllegalTransitionException("本单位已验收合格，不能再修改验收结果", "The works passed this utility's acceptance; the result can no longer change");
        Visits = [.. Visits.Where(v => v.Step != JointStep.Acceptance), visit with { Acceptance = result, RecordedBy = by, RecordedAt = at }];
        Version++;
        var recorded = new UtilityVisitRecorded(JointApplicationId, Utility, Id, visit.Id, JointStep.Acceptance, null, by, at, result);
        return result.Passed
            ? [recorded]
            : [recorded, .. RequestCorrection(result.Remarks, by, calendar, at)];
    }

    /// <summary>
    /// 云验收: the photos are not enough, the inspector must see the works. The applicant books a visit for everyone still
    /// to record; this case's clock stands until then, as after a visit the applicant missed.
    /// </summary>
    public IReadOnlyList<object> AskForSiteVisit(string note, string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var visit = BookedVisitThatBegan(JointStep.Acceptance, at);
        if (!visit.Remote || visit.RecordedAt is not null)
            throw new IllegalTransitionException("只有尚未记录结果的云验收可以改为现场验收", "Only a remote acceptance with no result recorded can turn into a visit");
        var asked = new UtilityVisitMissed(JointApplicationId, Utility, Id, visit.Id, JointStep.Acceptance, MissedByApplicant: true, note, by, at, SiteVisitNeeded: true);
        return [asked, .. VisitCancelled(visit.Id, JointStep.Acceptance, missedByApplicant: true, calendar, at)];
    }

    /// <summary>The step of the booked visit this utility has not recorded yet: the one a report of a missed visit is about.</summary>
    public JointStep UnrecordedVisitStep => Visits.FirstOrDefault(v => v.RecordedAt is null)?.Step ?? JointStep.Survey;

    private CaseVisit BookedVisitThatBegan(JointStep step, DateTimeOffset at)
    {
        if (IsClosed)
            throw Closed();
        var (name, nameEn) = step.Name();
        if (!JointSteps.Contains(step))
            throw new IllegalTransitionException($"本申请不需要{name}", $"This case takes no part in a {nameEn}");
        var visit = VisitFor(step) ?? throw new IllegalTransitionException($"申请人尚未预约{name}时间", $"The applicant has not booked the {nameEn} yet");
        if (visit.Start > at)
            throw new IllegalTransitionException($"{name}预约在 {WorkingDayCalendar.ChinaDate(visit.Start):yyyy-MM-dd} {visit.Start.ToOffset(WorkingDayCalendar.ChinaOffset):HH:mm}，尚未开始",
                $"The {nameEn} has not begun yet");
        return visit;
    }

    /// <summary>A stage that inspects the finished works together tells intake it waits for them; a survey's readiness is the receipt.</summary>
    private UtilityReadyForVisit? ReadyForVisit(CaseStage stage, DateTimeOffset at) => stage.Joint is { } step && !step.ReadyAtReceipt()
        ? new UtilityReadyForVisit(JointApplicationId, Utility, Id, step, at)
        : null;

    /// <summary>The applicant's time: a stage that needs a joint visit nobody has booked yet stands until the booking. True when it paused.</summary>
    private bool WaitForBooking(CaseStage stage, DateTimeOffset at)
    {
        if (stage.Joint is not { } step || VisitFor(step) is not null || !stage.ClockRunning || OpenPause is not null)
            return false;
        Pauses.Add(CasePause.Waiting(Id, stage.Code, PauseKind.VisitBooking, at));
        stage.Pause();
        return true;
    }

    /// <summary>A stage that takes part in a joint visit completes only once this utility has recorded it there (an acceptance: passed).</summary>
    private void EnsureVisitRecorded(CaseStage stage)
    {
        if (stage.Joint is not { } step)
            return;
        var visit = VisitFor(step);
        if (step == JointStep.Acceptance ? visit?.Acceptance is not { Passed: true } : visit?.RecordedAt is null)
            throw new IllegalTransitionException(step == JointStep.Acceptance
                    ? "须经联合验收合格，方可完成本环节" : "须先完成联合踏勘并记录踏勘结果，方可完成本环节",
                step == JointStep.Acceptance
                    ? "This stage completes only once the works have passed the joint acceptance" : "This stage completes only after the joint survey, with its findings recorded");
    }
}
