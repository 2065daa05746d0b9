using OneStop.Calendar;
using OneStop.Intake.Applications.Progress;
using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Intake.Documents;
using OneStop.Workflow;
using OneStop.Contracts.Intake;

namespace OneStop.Intake.Applications;

/// <summary>One application form, one document set, fanned out to every requested utility (联合报装).</summary>
public sealed class JointApplication
{
    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public ApplicationStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public Applicant Applicant { get; private set; } = null!;
    /// <summary>Encrypted at rest; shown whole only to the applicant itself and the counter.</summary>
    public string ApplicantIdNumber { get; private set; } = "";
    /// <summary>Blind index of <see cref="ApplicantIdNumber"/>: finds an applicant's applications without decrypting.</summary>
    public string ApplicantKey { get; private set; } = "";
    /// <summary>The signed-in user who filed it: the applicant itself, or a counter clerk for a walk-in applicant.</summary>
    public string FiledBy { get; private set; } = "";
    public string FiledByRole { get; private set; } = "";
    public Site Site { get; private set; } = null!;
    public UtilityRequests Requests { get; private set; } = null!;
    public List<UtilityProgress> Utilities { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public List<ApplicationDocument> Documents { get; private set; } = [];
    /// <summary>Concurrency token: the utilities report in parallel, and exactly one of them must see "all received".</summary>
    public int Version { get; private set; }

    public static JointApplication Submit(
        string number, Applicant applicant, string idNumber, string applicantKey, Filer filedBy, Site site, UtilityRequests requests,
        IReadOnlyList<DocumentChoice> documents, DateTimeOffset at)
    {
        var application = new JointApplication
        {
            Id = Guid.CreateVersion7(at),
            Number = number,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = at,
            Applicant = applicant,
            ApplicantIdNumber = idNumber,
            ApplicantKey = applicantKey,
            FiledBy = filedBy.UserName,
            FiledByRole = filedBy.Role,
            Site = site,
            Requests = requests,
        };
        application.Utilities = requests.Requested().Select(utility => UtilityProgress.Pending(application.Id, utility)).ToList();
        application.Documents = documents.Select(choice => ApplicationDocument.For(application.Id, choice, at)).ToList();
        application.Timeline.Add(TimelineEntry.Of(application.Id, at, "submitted", "联合报装申请已提交 / Joint application submitted"));
        return application;
    }

    public JointApplicationSubmitted ToSubmittedEvent() =>
        new(Id, Number, SubmittedAt, ApplicantKey, Applicant, Site, Requests, Documents.Select(d => d.ToReference()).ToList());

    /// <summary>How the audit log names this application.</summary>
    public string AuditResource => $"joint-application/{Id}";

    public bool Requested(UtilityKind utility) => Utilities.Any(u => u.Utility == utility);

    public void MarkReceived(UtilityKind utility, Guid utilityApplicationId, FeeQuote? quote, DateTimeOffset at)
    {
        var progress = Utilities.Single(u => u.Utility == utility);
        if (progress.ReceivedAt is not null)
            return;

        progress.MarkReceived(utilityApplicationId, quote, at);
        var (chinese, english) = utility.CompanyName();
        Timeline.Add(TimelineEntry.Of(Id, at, "receivedByUtility", $"{chinese}已收到申请 / The {english} received the application", utility));
        if (quote is not null && progress.Quote == quote)
        {
            var (zh, en) = FeeText.Summary(quote);
            Timeline.Add(TimelineEntry.Of(Id, at, "quoted", $"{chinese}费用：{zh} / The {english}'s fees: {en}", utility));
        }
        UpdateStatus(at);
    }

    /// <summary>
    /// A utility's quote moved (the survey measured the external line): kept unless a newer one is here, and the timeline
    /// says why when what the applicant pays moved.
    /// </summary>
    public void RecordQuote(UtilityQuoteChanged changed)
    {
        var progress = Utilities.Single(u => u.Utility == changed.Utility);
        var previous = progress.Quote;
        if (!progress.Requote(changed.Quote, changed.ChangedAt))
            return;
        Version++;
        // Only what a rule waives moved (a waived line measured or dropped): the page shows it, the timeline has nothing to say.
        if (previous is not null && previous.PayableFen == changed.Quote.PayableFen && previous.Pending.SequenceEqual(changed.Quote.Pending))
            return;
        var (chinese, english) = changed.Utility.CompanyName();
        var (zh, en) = FeeText.Summary(changed.Quote);
        var because = changed.Because.Split(" / ", 2);
        var (beforeZh, beforeEn) = changed.PreviousPayableFen is { } before
            ? ($"，此前应付 {FeeText.Money(before)}", $"; {FeeText.Money(before)} before")
            : ("", "");
        Timeline.Add(TimelineEntry.Of(Id, changed.ChangedAt, "quoteChanged",
            $"{chinese}费用重新计算（{because[0]}）：{zh}{beforeZh} / The {english}'s fees recomputed ({because[^1]}): {en}{beforeEn}", changed.Utility));
    }

    /// <summary>
    /// What a utility did: in the utility's progress if it is the newest news, and on the timeline unless it changed
    /// nothing the applicant reads (a deadline recounted to the same date).
    /// </summary>
    public void Record(IUtilityCaseEvent utilityEvent, DateTimeOffset at)
    {
        var (entryAt, entry) = UtilityEventText.TimelineEntryFor(Id, utilityEvent);
        Utilities.Single(u => u.Utility == utilityEvent.Utility).Apply(utilityEvent, entryAt);
        if (entry is not null)
            Timeline.Add(entry);
        UpdateStatus(at);
    }

    /// <summary>The utility's 客户经理, unless a later one is already known (messages may come out of order); false when nothing changed.</summary>
    public bool RecordManager(UtilityCaseAssigned assigned)
    {
        if (!Utilities.Single(u => u.Utility == assigned.Utility).NameManager(assigned.ManagerName, assigned.Hotline, assigned.AssignedAt))
            return false;
        var (chinese, english) = assigned.Utility.CompanyName();
        var hotline = assigned.Hotline is { } number ? ($"，服务热线 {number}", $", hotline {number}") : ("", "");
        Timeline.Add(TimelineEntry.Of(Id, assigned.AssignedAt, "managerNamed",
            $"{chinese}客户经理：{assigned.ManagerName}{hotline.Item1} / The {english}'s case manager: {assigned.ManagerName}{hotline.Item2}", assigned.Utility));
        Version++;
        return true;
    }

    /// <summary>The applicant's answer to a utility's open correction request, with its documents, to be relayed to that utility.</summary>
    public CorrectionAnswered AnswerCorrection(UtilityKind utility, Guid correctionId, string answer, IReadOnlyList<Document> attached, DateTimeOffset at)
    {
        var progress = Utilities.Single(u => u.Utility == utility);
        if (progress.Status != UtilityStatus.AwaitingCorrection || progress.OpenCorrectionId != correctionId)
            throw new IllegalTransitionException("该补正请求不存在或已结束", "This correction request is not open (it was answered, withdrawn by a rejection, or never made)");
        if (progress.CorrectionAnsweredAt is not null)
            throw new IllegalTransitionException("该补正已答复，正在等待单位恢复办理", "This correction has already been answered; the utility is picking it up");
        progress.MarkCorrectionAnswered(at);
        var (chinese, english) = utility.CompanyName();
        var (with, withEn) = attached.Count == 0 ? ("", "")
            : ($"，附{string.Join("、", attached.Select(d => d.Kind.NameZh))}", $", with {attached.Count} document{(attached.Count == 1 ? "" : "s")}");
        Timeline.Add(TimelineEntry.Of(Id, at, "correctionAnswered", $"已向{chinese}提交补正{with} / Correction sent to the {english}{withEn}", utility));
        Version++;
        return new CorrectionAnswered(Id, utility, correctionId, answer, at,
            attached.Select(d => new AttachedDocument(d.Id, d.Type, d.Kind.NameZh, d.Kind.NameEn)).ToList());
    }

    /// <summary>The customer's own works are done: the utility that awaits them can inspect.</summary>
    public CustomerWorksCompleted DeclareCustomerWorksComplete(UtilityKind utility, string? note, DateTimeOffset at)
    {
        var progress = Utilities.Single(u => u.Utility == utility);
        if (progress.Status != UtilityStatus.AwaitingCustomerWorks)
            throw new IllegalTransitionException("该单位当前不在等待客户内部工程", "This utility is not waiting for the customer's works");
        if (progress.CustomerWorksDeclaredAt is not null)
            throw new IllegalTransitionException("已申报竣工，正在等待单位安排检验", "Completion has already been declared; the utility is picking it up");
        progress.MarkCustomerWorksDeclared(at);
        var (chinese, english) = utility.CompanyName();
        Timeline.Add(TimelineEntry.Of(Id, at, "customerWorksDeclared", $"已向{chinese}申报内部工程竣工 / Works declared complete to the {english}", utility));
        Version++;
        return new CustomerWorksCompleted(Id, utility, note, at);
    }

    /// <summary>容缺受理 fulfilled: the document promised arrives, and the utilities waiting for it hear so.</summary>
    public CommittedDocumentProvided ProvideCommittedDocument(Document document, DateTimeOffset at)
    {
        var promised = Documents.SingleOrDefault(d => d.Type == document.Type && d.IsPending)
            ?? throw new IllegalTransitionException($"该申请没有待补交的{document.Kind.NameZh}", $"The application has no {document.Kind.NameEn} still to come");
        promised.Provide(document, at);
        Timeline.Add(TimelineEntry.Of(Id, at, "documentProvided", $"已补交{document.Kind.NameZh} / The {document.Kind.NameEn} was provided"));
        Version++;
        return new CommittedDocumentProvided(Id, document.Type, document.Id, document.Sha256, at, promised.NeedingUtilities());
    }

    /// <summary>
    /// Commitments' due dates counted again after the calendar changed (a year's schedule published, or a date an earlier
    /// release left unknown): each date that moved on the timeline once, and to the utilities waiting for the document.
    /// </summary>
    public IReadOnlyList<DocumentCommitmentDueDateSet> RecountCommitments(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var moved = new List<DocumentCommitmentDueDateSet>();
        foreach (var document in Documents)
        {
            var previous = document.CommitmentDueAt;
            if (document.Recount(calendar, SubmittedAt, now) is not { } dueAt)
                continue;
            var basis = calendar.BasisOf(SubmittedAt, dueAt);
            var (due, (note, noteEn)) = (UtilityEventText.ChinaTime(dueAt), CalendarWording.NoteAfter(basis));
            Timeline.Add(TimelineEntry.Of(Id, now, "commitmentDueDateSet", previous is { } before
                ? $"工作日重新计算后，承诺补交的{document.Kind.NameZh}补交期限由 {UtilityEventText.ChinaTime(before)} 调整为 {due}{note} / " +
                  $"With working days counted again, the promised {document.Kind.NameEn} is due by {due} instead of {UtilityEventText.ChinaTime(before)}{noteEn}"
                : $"承诺补交的{document.Kind.NameZh}应于 {due} 前补交{note} / The promised {document.Kind.NameEn} is due by {due}{noteEn}",
                calendar: basis));
            moved.Add(new DocumentCommitmentDueDateSet(Id, document.Type, dueAt, document.NeedingUtilities(), previous, basis, document.Kind.NameZh, document.Kind.NameEn));
        }
        if (moved.Count > 0)
            Version++;
        return moved;
    }

    /// <summary>Commitments past their due date, each raised once: on the timeline, and to the applicant through notification.</summary>
    public IReadOnlyList<DocumentCommitmentOverdue> RaiseOverdueCommitments(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var overdue = Documents.Where(d => d.OverdueAlarmDue(now)).ToList();
        foreach (var document in overdue)
        {
            document.MarkOverdueRaised(now);
            var due = UtilityEventText.ChinaTime(document.CommitmentDueAt!.Value);
            Timeline.Add(TimelineEntry.Of(Id, now, "commitmentOverdue",
                $"承诺补交的{document.Kind.NameZh}已逾期（应于 {due} 前补交），需要它的环节暂停办结 / The {document.Kind.NameEn} promised by {due} is overdue; " +
                "the stages that need it wait for it"));
        }
        if (overdue.Count > 0)
            Version++;
        return overdue.Select(d => new DocumentCommitmentOverdue(Id, Number, d.Type, d.Kind.NameZh, d.Kind.NameEn, d.CommitmentDueAt!.Value,
            calendar.BasisOf(SubmittedAt, d.CommitmentDueAt.Value))).ToList();
    }

    /// <summary>
    /// inProgress once every utility has its case; then, once every utility has closed, completed, partiallyCompleted
    /// or rejected. While some utilities work on, a rejection by another shows in that utility's status and in
    /// <see cref="ApplicationStatusText"/>, not as the whole application's status.
    /// </summary>
    private void UpdateStatus(DateTimeOffset at)
    {
        Version++;
        if (Status == ApplicationStatus.Submitted && Utilities.All(u => u.UtilityApplicationId is not null))
        {
            Status = ApplicationStatus.InProgress;
            Timeline.Add(TimelineEntry.Of(Id, Utilities.Max(u => u.ReceivedAt) ?? at, "inProgress", "各公用事业单位均已收到申请，办理中 / Every utility has received the application; in progress"));
        }
        if (Status != ApplicationStatus.InProgress || !Utilities.All(u => u.IsClosed))
            return;
        Status = Utilities.All(u => u.Status == UtilityStatus.Connected) ? ApplicationStatus.Completed
            : Utilities.Any(u => u.Status == UtilityStatus.Connected) ? ApplicationStatus.PartiallyCompleted
            : ApplicationStatus.Rejected;
        Timeline.Add(TimelineEntry.Of(Id, Utilities.Max(u => u.ClosedAt) ?? at, JsonName(Status), ApplicationStatusText.Line(this)));
    }

    private static string JsonName(ApplicationStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
}

/// <summary>Who filed an application, in which capacity (applicant or clerk).</summary>
public sealed record Filer(string UserName, string Role);
