namespace OneStop.Contracts.Utilities;

/// <summary>
/// A utility's case as its operators, supervisors and the regulator see it. None of them is the applicant or the
/// counter, so the phone is masked; the identity number never reaches a utility at all.
/// </summary>
public sealed record CaseView<TDetails>(
    Guid Id,
    Guid JointApplicationId,
    string ApplicationNumber,
    UtilityKind Utility,
    UtilityCaseStatus Status,
    DateTimeOffset ReceivedAt,
    Applicant Applicant,
    Site Site,
    TDetails Details,
    string Catalogue,
    string? CurrentStage,
    DateTimeOffset? ForecastCompletion,
    CalendarBasis? ForecastCalendar,
    IReadOnlyList<CaseView<TDetails>.StageView> Stages,
    IReadOnlyList<CaseView<TDetails>.PauseView> Pauses,
    IReadOnlyList<CaseView<TDetails>.DocumentView> Documents,
    string? RejectionReason,
    string? ClosedBy,
    DateTimeOffset? ClosedAt,
    CaseManagerView? Manager,
    IReadOnlyList<CaseView<TDetails>.VisitView> Visits,
    Approvals.WorksApprovalOutcome? WorksApproval,
    Fees.FeeQuote? Quote)
{
    /// <summary>
    /// WorkingDays is the utility's time so far (running) or in all (completed), the applicant's time left out. DueCalendar
    /// (like ForecastCalendar and CommitmentDueCalendar) says whether the date is counted on official schedules or, while
    /// a year it crosses has none, provisionally.
    /// </summary>
    public sealed record StageView(
        string Code, string NameZh, string NameEn, double LimitWorkingDays, bool AwaitsCustomerWorks, IReadOnlyList<string> RequiredData,
        DateTimeOffset? StartedAt, bool ClockRunning, DateTimeOffset? DueAt, CalendarBasis? DueCalendar, bool DueSoon, bool Overdue, double? WorkingDays,
        DateTimeOffset? CompletedAt, string? CompletedBy, bool? OnTime, IReadOnlyDictionary<string, string> Data, JointSteps.JointStep? Joint);

    /// <summary>
    /// A joint visit booked through intake for every utility that needs it, and what this utility recorded of it;
    /// CompletedAt once every utility has recorded (the findings are final).
    /// </summary>
    public sealed record VisitView(Guid Id, JointSteps.JointStep Step, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset BookedAt,
        JointSteps.SurveyFindings? Findings, string? RecordedBy, DateTimeOffset? RecordedAt, DateTimeOffset? CompletedAt,
        JointSteps.AcceptanceResult? Acceptance = null, bool Remote = false);

    public sealed record PauseView(Guid Id, PauseKind Kind, string StageCode, DateTimeOffset From, DateTimeOffset? To, string? Needed, string? RequestedBy, string? Answer,
        IReadOnlyList<AttachedDocument> Attachments);

    /// <summary>Content is the document in intake, readable there by this utility's operators; null while a commitment is open.</summary>
    public sealed record DocumentView(string Type, string NameZh, string NameEn, bool Pending, DateTimeOffset? CommitmentDueAt,
        CalendarBasis? CommitmentDueCalendar, string? BeforeStage,
        Guid? DocumentId, string? Sha256, string? Content);
}
