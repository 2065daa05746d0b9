namespace OneStop.Contracts.Intake;

// A joint application as intake's API shows it (GET /api/intake/applications/{id}), shared with its clients (the portal).

/// <summary>
/// StatusText says the status in words and names any utility that rejected while the others carry on. Visits are the
/// joint visits (联合踏勘, 联合验收) the utilities make together, for an operator those its utility takes part in.
/// </summary>
public sealed record ApplicationView(
    Guid Id,
    string Number,
    ApplicationStatus Status,
    string StatusText,
    DateTimeOffset? ForecastCompletion,
    CalendarBasis? ForecastCalendar,
    DateTimeOffset SubmittedAt,
    ApplicantView Applicant,
    FilerView FiledBy,
    Site Site,
    IReadOnlyList<UtilityView> Utilities,
    IReadOnlyList<ApplicationDocumentView> Documents,
    IReadOnlyList<TimelineView> Timeline,
    IReadOnlyList<JointSteps.JointVisitView> Visits);

/// <summary>
/// Request is the utility's own request record (capacity, diameter, …), shown as it was filed. DueAt is the current
/// stage's deadline (none while paused); the forecast is the utility's, null while the end depends on the applicant.
/// DueCalendar and ForecastCalendar say what each date is counted on: <c>provisional</c> while a year it crosses has no
/// published schedule (the date may still move), otherwise <c>official</c> with the notices. ClockPausedFor says what the
/// applicant owes while the utility's clock stands (a correction, its own works, a committed document), null while it runs.
/// Outcomes are what its finished stages produced, in the order they finished.
/// </summary>
public sealed record UtilityView(UtilityKind Utility, UtilityStatus Status, object? Request, Guid? UtilityApplicationId, DateTimeOffset? ReceivedAt,
    StageName? Stage, DateTimeOffset? DueAt, CalendarBasis? DueCalendar, DateTimeOffset? ForecastCompletion, CalendarBasis? ForecastCalendar,
    CorrectionView? Correction, bool AwaitingWorksDeclaration,
    string? RejectionReason, DateTimeOffset? ClosedAt, Utilities.PauseKind? ClockPausedFor, CaseManagerContact? Manager, IReadOnlyList<StageOutcome> Outcomes,
    Fees.FeeQuote? Quote);

/// <summary>The utility's 客户经理 for this application, by name, and the utility's service hotline where one is configured.</summary>
public sealed record CaseManagerContact(string Name, string? Hotline);

/// <summary>An open correction request: what the utility needs, and whether it has been answered.</summary>
public sealed record CorrectionView(Guid Id, string Needed, bool Answered);

public sealed record FilerView(string UserName, string Role);

/// <summary>
/// A document of the set: given (DocumentId), or promised on a commitment within CommitmentWorkingDays of filing, due at
/// CommitmentDueAt, counted on CommitmentDueCalendar (Overdue once raised).
/// </summary>
public sealed record ApplicationDocumentView(string Type, string NameZh, string NameEn, Guid? DocumentId, bool Pending, int? CommitmentWorkingDays,
    DateTimeOffset? CommitmentDueAt, CalendarBasis? CommitmentDueCalendar, bool Overdue, IReadOnlyList<UtilityKind> NeededBy);

/// <summary>Calendar is set where the entry states a date counted in working days: <c>provisional</c> ones may still move.</summary>
public sealed record TimelineView(DateTimeOffset At, string Event, UtilityKind? Utility, string Description, CalendarKind? Calendar);

/// <summary>The applicant as the reader may see it: identity number and phone masked unless it is the reader's own or a clerk's.</summary>
public sealed record ApplicantView(ApplicantType Type, string Name, string IdNumber, string ContactName, string Phone, string? Email);
