using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.JointSteps;
using OneStop.Intake.Applications;
using OneStop.Workflow;

namespace OneStop.Intake.JointVisits;

/// <summary>
/// 联合踏勘 and 联合验收: one site visit for every utility of an application that needs one, coordinated here as a process
/// driven by the utilities' events (each utility says at receipt that it needs the visit, for an acceptance also when it
/// has come to the inspection, then records what it found) and the applicant's booking. Its state is kept in intake's
/// database, so a restart or a redelivered event changes nothing.
/// </summary>
public sealed class JointVisit
{
    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public JointStep Step { get; private set; }
    public JointVisitStatus Status { get; private set; }
    public List<VisitParticipant> Participants { get; private set; } = [];
    public DateTimeOffset? Start { get; private set; }
    public DateTimeOffset? End { get; private set; }
    public string? BookedBy { get; private set; }
    public DateTimeOffset? BookedAt { get; private set; }
    public int Reschedules { get; private set; }
    public int Misses { get; private set; }
    /// <summary>云验收: the acceptance takes place on the applicant's photos (Evidence), until a utility asks to see the works.</summary>
    public bool Remote { get; private set; }
    public List<Guid> Evidence { get; private set; } = [];
    public bool SiteVisitNeeded { get; private set; }
    /// <summary>Concurrency token: the utilities' news and the applicant's booking race.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<UtilityKind> Utilities => Participants.Where(p => !p.Withdrawn).Select(p => p.Utility).Order().ToList();

    /// <summary>The utilities still to come: in it, and not yet recorded (after a missed visit, those that did come stay recorded).</summary>
    public IReadOnlyList<UtilityKind> Awaited => Participants.Where(p => !p.Withdrawn && p.RecordedAt is null).Select(p => p.Utility).Order().ToList();

    public bool Involves(UtilityKind utility) => Participants.Any(p => p.Utility == utility && !p.Withdrawn);

    public static JointVisit For(Guid applicationId, JointStep step, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), ApplicationId = applicationId, Step = step, Status = JointVisitStatus.AwaitingUtilities,
    };

    /// <summary>A utility that received the application needs the visit.</summary>
    public void Join(UtilityKind utility, Guid caseId)
    {
        if (Participants.Any(p => p.Utility == utility))
            return;
        Participants = [.. Participants, new VisitParticipant(utility, caseId)];
        Version++;
    }

    /// <summary>A utility has come to the stage that takes part in the visit (an acceptance's inspection).</summary>
    public void Ready(UtilityKind utility, DateTimeOffset at)
    {
        if (Participants.SingleOrDefault(p => p.Utility == utility && p.ReadyAt is null) is not { } participant)
            return;
        Participants = [.. Participants.Select(p => p == participant ? p with { ReadyAt = at } : p)];
        Version++;
    }

    public bool IsReady(VisitParticipant participant) => participant.Withdrawn || Step.ReadyAtReceipt() || participant.ReadyAt is not null;

    /// <summary>
    /// Every utility has the application and every one in the visit is ready for it: the applicant books one visit for
    /// them all, and is told so.
    /// </summary>
    public JointVisitBookingOpened? OpenForBooking(JointApplication application, DateTimeOffset at)
    {
        if (Status != JointVisitStatus.AwaitingUtilities || Utilities.Count == 0 || !Participants.All(IsReady))
            return null;
        Status = JointVisitStatus.AwaitingBooking;
        Version++;
        var (zh, en) = Utilities.CompanyNames();
        var (step, stepEn) = Step.Name();
        application.Timeline.Add(TimelineEntry.Of(application.Id, at, "visitBookingOpen",
            $"请预约{step}时间：{zh}将一同上门 / Book the {stepEn}: the {en} will come together"));
        return new JointVisitBookingOpened(ApplicationId, Id, Step, Utilities, at);
    }

    /// <summary>An acceptance open for booking may instead be remote when every utility in it accepts on photos and none has asked to come.</summary>
    public bool RemoteAllowed(JointVisitRules rules) => Step == JointStep.Acceptance && Status == JointVisitStatus.AwaitingBooking && !SiteVisitNeeded
        && Awaited.Count > 0 && Awaited.All(rules.RemoteAcceptance.Contains);

    /// <summary>
    /// 云验收: the applicant gives photos of the finished works instead of a visit; it takes place at once, each utility
    /// reviews them and records its result as after a visit, or asks to come.
    /// </summary>
    public JointVisitScheduled SubmitRemote(JointApplication application, IReadOnlyList<Guid> evidence, string by, JointVisitRules rules, DateTimeOffset at)
    {
        if (!RemoteAllowed(rules))
            throw new IllegalTransitionException("本次验收不能以照片或视频远程办理，请预约上门时间", "This acceptance cannot be done on photos or videos; book a visit");
        (Status, Start, End, BookedBy, BookedAt, Remote) = (JointVisitStatus.Booked, at, at, by, at, true);
        Evidence = [.. evidence];
        Version++;
        var (zh, en) = Awaited.CompanyNames();
        application.Timeline.Add(TimelineEntry.Of(application.Id, at, "visitBooked",
            $"已提交云验收照片或视频 {evidence.Count} 份，{zh}将在线审查 / {evidence.Count} photos or videos given for remote acceptance; the {en} will review them"));
        return new JointVisitScheduled(ApplicationId, Id, Step, at, at, Awaited, at, Remote: true);
    }

    /// <summary>Booked, or moved within the rules; the event tells every utility that comes.</summary>
    public JointVisitScheduled Book(JointApplication application, DateTimeOffset start, DateTimeOffset end, string by, JointVisitRules rules, DateTimeOffset at)
    {
        var moving = Status == JointVisitStatus.Booked;
        var (step, stepEn) = Step.Name();
        if (moving && Remote)
            throw new IllegalTransitionException("云验收照片、视频正在审查，不能改为预约上门", "The photos and videos are being reviewed; the acceptance cannot be booked as a visit now");
        if (moving)
        {
            if (Start <= at)
                throw new IllegalTransitionException($"{step}已经开始，不能改约", $"The {stepEn} has begun; it can no longer be moved");
            if (Reschedules >= rules.MaxReschedules)
                throw new IllegalTransitionException($"最多改约 {rules.MaxReschedules} 次，如需再改请联系客户经理",
                    $"A visit can be moved at most {rules.MaxReschedules} times; call the case manager to move it again");
            if (Start - at < rules.RescheduleNotice)
                throw new IllegalTransitionException($"距上门不足 {rules.RescheduleNotice.TotalHours:0} 小时，不能改约，请联系客户经理",
                    $"Less than {rules.RescheduleNotice.TotalHours:0} hours before the visit it can no longer be moved; call the case manager");
            Reschedules++;
        }
        else if (Status != JointVisitStatus.AwaitingBooking)
            throw new IllegalTransitionException($"当前不能预约{step}", $"The {stepEn} cannot be booked now");
        (Status, Start, End, BookedBy, BookedAt) = (JointVisitStatus.Booked, start, end, by, at);
        Version++;
        var when = VisitTime.Words(start, end);
        var (zh, en) = Awaited.CompanyNames();
        application.Timeline.Add(TimelineEntry.Of(application.Id, at, moving ? "visitMoved" : "visitBooked", moving
            ? $"{step}改约至 {when.Zh}，{zh}将一同上门 / The {stepEn} was moved to {when.En}; the {en} will come together"
            : $"已预约{step}：{when.Zh}，{zh}将一同上门 / The {stepEn} is booked for {when.En}; the {en} will come together"));
        return new JointVisitScheduled(ApplicationId, Id, Step, start, end, Awaited, at);
    }

    /// <summary>
    /// A utility recorded its findings or its acceptance; the visit is done once every utility still in it has (every
    /// utility hears so), and when a survey found external works the combined approval is requested. Once done, the
    /// findings are final; an acceptance that failed is recorded again after the utility's own second inspection.
    /// </summary>
    public IReadOnlyList<object> Record(JointApplication application, UtilityVisitRecorded recorded)
    {
        if (recorded.VisitId != Id || Participants.SingleOrDefault(p => p.Utility == recorded.Utility && !p.Withdrawn) is not { } participant
            || recorded.RecordedAt <= participant.RecordedAt
            || Status == JointVisitStatus.Done && participant.Acceptance is not { Passed: false })
            return [];
        Participants = [.. Participants.Select(p => p == participant
            ? p with { Findings = recorded.Findings, Acceptance = recorded.Acceptance, RecordedAt = recorded.RecordedAt } : p)];
        Version++;
        var (company, companyEn) = recorded.Utility.CompanyName();
        var (outcome, outcomeEn) = recorded switch
        {
            { Acceptance: { Passed: true } passed } => ($"验收合格（{passed.Remarks}）", $"the works passed ({passed.Remarks})"),
            { Acceptance: { } failed } => ($"验收未通过，需整改：{failed.Remarks}", $"the works did not pass; to put right: {failed.Remarks}"),
            { Findings: { ExternalWorksNeeded: true } found } => ($"需外线工程约 {found.ExternalWorksMetres} 米（{found.ExternalWorksRoute}）",
                $"external works of about {found.ExternalWorksMetres} m are needed ({found.ExternalWorksRoute})"),
            _ => ("无需外线工程", "no external works are needed"),
        };
        var (step, stepEn) = Step.Name();
        application.Timeline.Add(TimelineEntry.Of(application.Id, recorded.RecordedAt, "visitRecorded",
            $"{company}已记录{step}结果：{outcome} / The {companyEn} recorded the {stepEn}: {outcomeEn}", recorded.Utility));
        return CompleteIfEveryoneRecorded(application, recorded.RecordedAt);
    }

    /// <summary>
    /// The booked visit did not take place for the utility that reports it: it is open for booking again, for every utility
    /// that has not recorded it yet, and they hear so. A report about an earlier booking changes nothing.
    /// </summary>
    public JointVisitCancelled? Missed(JointApplication application, UtilityVisitMissed missed)
    {
        if (missed.VisitId != Id || Status != JointVisitStatus.Booked || Start > missed.ReportedAt)
            return null;
        (Status, Start, End, BookedBy, BookedAt, Remote) = (JointVisitStatus.AwaitingBooking, null, null, null, null, false);
        SiteVisitNeeded |= missed.SiteVisitNeeded;
        Misses++;
        Version++;
        var (company, companyEn) = missed.Utility.CompanyName();
        var (step, stepEn) = Step.Name();
        application.Timeline.Add(TimelineEntry.Of(application.Id, missed.ReportedAt, "visitMissed", missed.SiteVisitNeeded
            ? $"{company}审查云验收照片、视频后需到现场验收：{missed.Note}。请预约上门时间 / The {companyEn} needs to see the works after reviewing the photos and videos: {missed.Note}. Book a visit"
            : missed.MissedByApplicant
            ? $"{company}报告：预约的{step}申请人未到场，请重新预约（等待预约期间不计入单位办理时限） / The {companyEn} reports that nobody met the {stepEn}; book it again (the utilities' clocks stand meanwhile)"
            : $"{company}报告：预约的{step}本单位未能到场，请重新预约，给您带来不便深表歉意 / The {companyEn} could not come to the {stepEn}; book it again, with its apologies",
            missed.Utility));
        return new JointVisitCancelled(ApplicationId, Id, Step, Awaited, missed.MissedByApplicant, missed.ReportedAt);
    }

    /// <summary>A utility that rejected the application no longer comes; the visit goes on for the others.</summary>
    public IReadOnlyList<object> Withdraw(JointApplication application, UtilityKind utility, DateTimeOffset at)
    {
        if (Participants.SingleOrDefault(p => p.Utility == utility && !p.Withdrawn) is not { } participant)
            return [];
        Participants = [.. Participants.Select(p => p == participant ? p with { Withdrawn = true } : p)];
        Version++;
        if (Utilities.Count == 0 && Status != JointVisitStatus.Done)
        {
            Status = JointVisitStatus.Withdrawn;
            return [];
        }
        // The others may have waited for this one alone.
        if (Status == JointVisitStatus.AwaitingUtilities && application.Utilities.All(u => u.ReceivedAt is not null))
            return OpenForBooking(application, at) is { } opened ? [opened] : [];
        return CompleteIfEveryoneRecorded(application, at);
    }

    private IReadOnlyList<object> CompleteIfEveryoneRecorded(JointApplication application, DateTimeOffset at)
    {
        if (Status != JointVisitStatus.Booked || Participants.Any(p => !p.Withdrawn && p.RecordedAt is null))
            return [];
        Status = JointVisitStatus.Done;
        var completed = new JointVisitCompleted(ApplicationId, Id, Step, Utilities, at);
        if (Step == JointStep.Acceptance)
        {
            var failed = Participants.Where(p => !p.Withdrawn && p.Acceptance is { Passed: false }).Select(p => p.Utility).ToList();
            var (failedZh, failedEn) = failed.CompanyNames();
            application.Timeline.Add(TimelineEntry.Of(application.Id, at, "visitDone", failed.Count == 0
                ? "联合验收完成，各单位均验收合格 / Joint acceptance complete: the works passed for every utility"
                : $"联合验收完成，{failedZh}验收未通过，整改后由其单独复验，其余单位继续接入 / Joint acceptance complete: the works did not pass for the {failedEn}, which inspects again once they are put right; the others go on to connect"));
            return [completed];
        }
        var works = Participants.Where(p => !p.Withdrawn && p.Findings is { ExternalWorksNeeded: true })
            .Select(p => new ExternalWorks(p.Utility, p.CaseId, p.Findings!.ExternalWorksMetres ?? 0, p.Findings.ExternalWorksRoute ?? "",
                p.Findings.RouteFeatures ?? [], p.Utility == UtilityKind.Electricity && application.Requests.Electricity!.IsLowVoltage()))
            .ToList();
        var (zh, en) = works.Select(w => w.Utility).CompanyNames();
        application.Timeline.Add(TimelineEntry.Of(application.Id, at, "visitDone", works.Count == 0
            ? "联合踏勘完成，各单位均无需外线工程 / Joint site survey complete: no external works are needed"
            : $"联合踏勘完成，{zh}需外线工程，已一并提交外线工程联合审批 / Joint site survey complete: external works are needed for the {en}, filed for one joint approval"));
        return works.Count > 0
            ? [completed, new ExternalWorksApprovalRequested(ApplicationId, application.Number, application.Site, works, at)]
            : [completed];
    }
}

/// <summary>
/// A utility's part in a joint visit: its case, when it was ready for the visit (an acceptance: come to its inspection),
/// and what it recorded there.
/// </summary>
public sealed record VisitParticipant(UtilityKind Utility, Guid CaseId, SurveyFindings? Findings = null, DateTimeOffset? RecordedAt = null, bool Withdrawn = false,
    DateTimeOffset? ReadyAt = null, AcceptanceResult? Acceptance = null);
