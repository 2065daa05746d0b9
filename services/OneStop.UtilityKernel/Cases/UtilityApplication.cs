using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Workflow;
using OneStop.Contracts.Utilities;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// A utility's own case for its part of a joint application (TDetails is what this utility was asked for), and its
/// workflow: the stages of its catalogue, one after the other, each against its limit in working days. The applicant's
/// time (corrections, the customer's works, a committed document the running stage needs, a joint visit not yet booked)
/// pauses the clock. Every action returns the events it raised, to be
/// published with the change; an action the state does not allow throws <see cref="IllegalTransitionException"/>.
/// </summary>
public sealed partial class UtilityApplication<TDetails> where TDetails : class
{
    public Guid Id { get; private set; }
    public Guid JointApplicationId { get; private set; }
    public string ApplicationNumber { get; private set; } = "";
    public UtilityKind Utility { get; private set; }
    public UtilityCaseStatus Status { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public Applicant Applicant { get; private set; } = null!;
    /// <summary>Blind index of the applicant's identity number: whose case this is, without holding the number.</summary>
    public string ApplicantKey { get; private set; } = "";
    public Site Site { get; private set; } = null!;
    public TDetails Details { get; private set; } = null!;
    public string CatalogueKey { get; private set; } = "";
    public List<CaseStage> Stages { get; private set; } = [];
    public List<CasePause> Pauses { get; private set; } = [];
    public List<CaseDocument> Documents { get; private set; } = [];
    public string? RejectionReason { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>The forecast last given out with the case's state, so that a recount can tell whether it moved.</summary>
    public DateTimeOffset? ForecastCompletion { get; private set; }
    /// <summary>The current deadline or the forecast rests on a provisional calendar year: counted again when its schedule comes.</summary>
    public bool CountedProvisionally { get; private set; }
    /// <summary>What the applicant is charged, computed from the published schedule (null for cases from before fees).</summary>
    public FeeQuote? Quote { get; private set; }
    /// <summary>Concurrency token and event sequence: operators, the applicant's answers and the SLA watcher race.</summary>
    public int Version { get; private set; }

    /// <summary>How the audit log names this case.</summary>
    public string AuditResource => $"{Utility.ToString().ToLowerInvariant()}-application/{Id}";

    public bool IsClosed => Status is UtilityCaseStatus.Rejected or UtilityCaseStatus.Connected;

    /// <summary>The first stage not completed: running, paused, awaiting the customer's works, or where it was rejected.</summary>
    public CaseStage? CurrentStage => Status == UtilityCaseStatus.Connected ? null : Stages.OrderBy(s => s.Order).FirstOrDefault(s => s.CompletedAt is null);

    public CasePause? OpenPause => Pauses.SingleOrDefault(p => p.To is null);

    public static (UtilityApplication<TDetails> Case, UtilityApplicationReceived Received) Receive(
        JointApplicationSubmitted joint, UtilityKind utility, TDetails details, StageCatalogue catalogue, FeeQuote quote, WorkingDayCalendar calendar,
        DateTimeOffset at)
    {
        var application = new UtilityApplication<TDetails>
        {
            Id = Guid.CreateVersion7(at),
            JointApplicationId = joint.ApplicationId,
            ApplicationNumber = joint.ApplicationNumber,
            Utility = utility,
            Status = UtilityCaseStatus.Received,
            ReceivedAt = at,
            Applicant = joint.Applicant,
            ApplicantKey = joint.ApplicantKey,
            Site = joint.Site,
            Details = details,
            CatalogueKey = catalogue.Key,
            Quote = quote,
        };
        application.Stages = catalogue.Stages.Select((stage, order) => CaseStage.Of(application.Id, order, stage)).ToList();
        application.Documents = (joint.Documents ?? [])
            .SelectMany(document => document.NeededBy.Where(need => need.Utility == utility).Select(need => CaseDocument.Of(application.Id, document, need, at)))
            .ToList();
        var acceptance = application.Stages[0];
        application.StartStage(acceptance, calendar, at);
        application.Version = 1;
        return (application, new UtilityApplicationReceived(application.JointApplicationId, utility, application.Id, at,
            application.Started(acceptance, calendar), application.JointSteps, quote));
    }

    /// <summary>受理: the acceptance decision completes the first stage.</summary>
    public IReadOnlyList<object> Accept(string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (Status != UtilityCaseStatus.Received)
            throw Status == UtilityCaseStatus.AwaitingCorrection ? AwaitingCorrection() : NotAwaitingAcceptance();
        return CompleteCurrentStage(CurrentStage!, new Dictionary<string, string>(), by, calendar, at);
    }

    /// <summary>Completes the current stage, named by the operator so that a repeated click cannot complete the next one.</summary>
    public IReadOnlyList<object> Complete(string stageCode, IReadOnlyDictionary<string, string> data, string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        switch (Status)
        {
            case UtilityCaseStatus.Received:
                throw new IllegalTransitionException("尚未受理，请先受理申请", "The application has not been accepted yet; accept it first");
            case UtilityCaseStatus.AwaitingCorrection:
                throw AwaitingCorrection();
            case UtilityCaseStatus.AwaitingCustomerWorks:
                throw new IllegalTransitionException("正在等待客户完成内部工程，客户申报竣工后方可继续",
                    "Waiting for the customer's own works; the case goes on when the customer declares them complete");
            case UtilityCaseStatus.Rejected or UtilityCaseStatus.Connected:
                throw Closed();
        }
        var stage = CurrentStage!;
        if (stage.Code != stageCode)
            throw new IllegalTransitionException($"当前环节是“{stage.NameZh}”（{stage.Code}），不是 {stageCode}",
                $"The current stage is {stage.Code} ({stage.NameEn}), not {stageCode}");
        return CompleteCurrentStage(stage, data, by, calendar, at);
    }

    /// <summary>补正: asks the applicant for something; the clock stops until the answer arrives through intake.</summary>
    public IReadOnlyList<object> RequestCorrection(string needed, string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (Status == UtilityCaseStatus.AwaitingCorrection)
            throw new IllegalTransitionException("已有一项待申请人答复的补正，请等待答复", "A correction is already awaiting the applicant's answer");
        if (Status == UtilityCaseStatus.AwaitingCustomerWorks)
            throw new IllegalTransitionException("正在等待客户完成内部工程，计时已暂停", "The case is waiting for the customer's works; its clock is already paused");
        if (IsClosed)
            throw Closed();
        var stage = CurrentStage!;
        // A wait for a committed document, a booking or the departments gives way to the correction; it opens again if still owed then.
        if (OpenPause is { Kind: PauseKind.CommittedDocument or PauseKind.VisitBooking or PauseKind.WorksApproval } wait)
            wait.Close(null, at);
        var correction = CasePause.Correction(Id, stage.Code, needed, by, at);
        Pauses.Add(correction);
        stage.Pause();
        Status = UtilityCaseStatus.AwaitingCorrection;
        Version++;
        return [new UtilityCorrectionRequested(JointApplicationId, Utility, Id, correction.Id, stage.Name, needed, at, State(calendar))];
    }

    /// <summary>
    /// The applicant's answer, relayed by intake: the clock runs again from the moment of the answer. An answer to a
    /// correction that is no longer open (a redelivery, a race with a rejection) changes nothing.
    /// </summary>
    public IReadOnlyList<object> AnswerCorrection(Guid correctionId, string answer, IReadOnlyList<AttachedDocument>? attachments, WorkingDayCalendar calendar,
        DateTimeOffset at)
    {
        if (Status != UtilityCaseStatus.AwaitingCorrection || OpenPause is not { Kind: PauseKind.Correction } correction || correction.Id != correctionId)
            return [];
        correction.Close(answer, at, attachments);
        var stage = CurrentStage!;
        stage.Resume(calendar, correction.To!.Value, WorkingDaysOn(stage, calendar, correction.To.Value));
        var ready = WaitForWhatIsOwed(stage, correction.To.Value);
        Status = stage.Order == 0 ? UtilityCaseStatus.Received : UtilityCaseStatus.InProgress;
        Version++;
        return [new UtilityClockResumed(JointApplicationId, Utility, Id, correction.Id, correction.To.Value, State(calendar)), .. ready];
    }

    /// <summary>The customer declared its works complete: the stage that awaited them starts now.</summary>
    public IReadOnlyList<object> CustomerWorksCompleted(string? note, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (Status != UtilityCaseStatus.AwaitingCustomerWorks || OpenPause is not { Kind: PauseKind.CustomerWorks } works)
            return [];
        works.Close(note, at);
        var stage = CurrentStage!;
        var ready = StartStage(stage, calendar, works.To!.Value);
        Status = UtilityCaseStatus.InProgress;
        Version++;
        return [Started(stage, calendar), .. ready];
    }

    /// <summary>不予受理 / 终止: at any stage of an open case, with a reason the applicant reads.</summary>
    public IReadOnlyList<object> Reject(string reason, string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (IsClosed)
            throw Closed();
        OpenPause?.Close(null, at);
        var stage = CurrentStage!;
        stage.Stop();
        (Status, RejectionReason, ClosedBy, ClosedAt) = (UtilityCaseStatus.Rejected, reason, by, at);
        Version++;
        return [new UtilityApplicationRejected(JointApplicationId, Utility, Id, stage.Name, reason, at, State(calendar))];
    }

    /// <summary>
    /// A document the applicant had committed to give has arrived in intake: null when this case did not wait for it;
    /// otherwise the events raised, the clock running again if the running stage waited for nothing else.
    /// </summary>
    public IReadOnlyList<object>? DocumentProvided(string type, Guid documentId, string sha256, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (Documents.SingleOrDefault(d => d.Type == type && d.IsPending) is not { } pending)
            return null;
        pending.Provide(documentId, sha256, at);
        Version++;
        if (OpenPause is not { Kind: PauseKind.CommittedDocument } wait || CurrentStage is not { } stage || OwedBefore(stage))
            return [];
        wait.Close(null, at);
        stage.Resume(calendar, wait.To!.Value, WorkingDaysOn(stage, calendar, wait.To.Value));
        var ready = WaitForWhatIsOwed(stage, wait.To.Value);
        return [new UtilityClockResumed(JointApplicationId, Utility, Id, wait.Id, wait.To.Value, State(calendar), PauseKind.CommittedDocument), .. ready];
    }

    /// <summary>A commitment's new due date (counted again on a changed calendar), if this case still waits for that document.</summary>
    public void SetCommitmentDueDate(string type, DateTimeOffset dueAt)
    {
        if (Documents.SingleOrDefault(d => d.Type == type && d.IsPending) is not { } pending)
            return;
        pending.SetCommitmentDueDate(dueAt);
        Version++;
    }

    private IReadOnlyList<object> CompleteCurrentStage(
        CaseStage stage, IReadOnlyDictionary<string, string> data, string by, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        EnsureWorksApproved();
        EnsureVisitRecorded(stage);
        var awaited = Documents.Where(d => d.IsPending && d.BeforeStage == stage.Code).ToList();
        if (awaited.Count > 0)
            throw new IllegalTransitionException(
                $"本环节须待申请人补交{string.Join("、", awaited.Select(d => $"{d.NameZh}（承诺期限 {(d.CommitmentDueAt is { } due ? $"{WorkingDayCalendar.ChinaDate(due):yyyy-MM-dd}" : "待定")}）"))}后方可完成",
                $"This stage cannot complete until the applicant provides the {string.Join(" and the ", awaited.Select(d => d.NameEn))} it committed to");
        stage.Complete(data, by, at, WorkingDaysOn(stage, calendar, at));
        var next = Stages.SingleOrDefault(s => s.Order == stage.Order + 1);
        IReadOnlyList<object> ready = [];
        if (next is null)
            (Status, ClosedBy, ClosedAt) = (UtilityCaseStatus.Connected, by, at);
        else if (next.AwaitsCustomerWorks)
        {
            Pauses.Add(CasePause.Waiting(Id, next.Code, PauseKind.CustomerWorks, at));
            Status = UtilityCaseStatus.AwaitingCustomerWorks;
        }
        else
        {
            ready = StartStage(next, calendar, at);
            Status = UtilityCaseStatus.InProgress;
        }
        Version++;

        var state = State(calendar);
        var events = new List<object>
        {
            new UtilityStageCompleted(JointApplicationId, Utility, Id, stage.Name, at, stage.WorkingDays!.Value, stage.LimitWorkingDays,
                stage.OnTime!.Value, stage.Data, state),
        };
        if (Status == UtilityCaseStatus.Connected)
            events.Add(new UtilityConnected(JointApplicationId, Utility, Id, at, Stages.Sum(s => s.WorkingDays ?? 0), Stages.All(s => s.OnTime == true), state));
        else if (Status == UtilityCaseStatus.InProgress)
            events.Add(new UtilityStageStarted(JointApplicationId, Utility, Id, next!.Name, at, state));
        events.AddRange(ready);
        return events;
    }

    /// <summary>
    /// Starts a stage's clock, and stops it at once if its external works still await the departments, or the applicant
    /// still owes the stage a booking or a document; the events say when this utility has come to a joint acceptance.
    /// </summary>
    private IReadOnlyList<object> StartStage(CaseStage stage, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        stage.Start(calendar, at);
        return WaitForWhatIsOwed(stage, at);
    }

    /// <summary>
    /// The clock stands while the departments still owe the stage its external works, then while the applicant owes it a
    /// booking or a document. A stage that now waits for nothing but the joint acceptance's booking tells intake so.
    /// </summary>
    private IReadOnlyList<object> WaitForWhatIsOwed(CaseStage stage, DateTimeOffset at)
    {
        WaitForWorksApproval(stage, at);
        var ready = WaitForBooking(stage, at) ? ReadyForVisit(stage, at) : null;
        WaitForCommittedDocuments(stage, at);
        return ready is null ? [] : [ready];
    }

    /// <summary>The applicant's time, not the utility's: while a committed document the stage needs is owed, its clock stands.</summary>
    private void WaitForCommittedDocuments(CaseStage stage, DateTimeOffset at)
    {
        if (!stage.ClockRunning || OpenPause is not null || !OwedBefore(stage))
            return;
        Pauses.Add(CasePause.Waiting(Id, stage.Code, PauseKind.CommittedDocument, at));
        stage.Pause();
    }

    private bool OwedBefore(CaseStage stage) => Documents.Any(d => d.IsPending && d.BeforeStage == stage.Code);

    private UtilityStageStarted Started(CaseStage stage, WorkingDayCalendar calendar) =>
        new(JointApplicationId, Utility, Id, stage.Name, stage.StartedAt!.Value, State(calendar));

    /// <summary>The state every event carries, with what its dates rest on.</summary>
    private UtilityCaseState State(WorkingDayCalendar calendar)
    {
        CountDates(calendar);
        var due = CurrentStage is { } stage ? DueBasis(stage, calendar) : null;
        return new(Version, Status, CurrentStage?.Name, CurrentStage?.DueAt, ForecastCompletion, due, ForecastBasis(calendar), OpenPause?.Kind);
    }

    private static IllegalTransitionException AwaitingCorrection() =>
        new("正在等待申请人补正，计时已暂停；收到补正后方可继续", "Waiting for the applicant's correction (the clock is paused); the case goes on once it arrives");

    private static IllegalTransitionException NotAwaitingAcceptance() =>
        new("该申请已受理或已办结，不能再次受理", "The application has already been accepted or is closed; it cannot be accepted again");

    private IllegalTransitionException Closed() => Status == UtilityCaseStatus.Rejected
        ? new("该申请已被驳回，不能再办理", "The application was rejected; nothing more can be done with it")
        : new("该申请已接通办结，不能再办理", "The application is connected and closed; nothing more can be done with it");
}
