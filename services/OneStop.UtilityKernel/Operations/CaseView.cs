using OneStop.Calendar;
using OneStop.UtilityKernel.Cases;
using OneStop.Contracts;
using OneStop.Validation;

namespace OneStop.UtilityKernel.Operations;

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
    DateTimeOffset? ClosedAt) where TDetails : class
{
    /// <summary>
    /// WorkingDays is the utility's time so far (running) or in all (completed), the applicant's time left out. DueCalendar
    /// (like ForecastCalendar and CommitmentDueCalendar) says whether the date is counted on official schedules or, while
    /// a year it crosses has none, provisionally.
    /// </summary>
    public sealed record StageView(
        string Code, string NameZh, string NameEn, double LimitWorkingDays, bool AwaitsCustomerWorks, IReadOnlyList<string> RequiredData,
        DateTimeOffset? StartedAt, bool ClockRunning, DateTimeOffset? DueAt, CalendarBasis? DueCalendar, bool DueSoon, bool Overdue, double? WorkingDays,
        DateTimeOffset? CompletedAt, string? CompletedBy, bool? OnTime, IReadOnlyDictionary<string, string> Data);

    public sealed record PauseView(Guid Id, PauseKind Kind, string StageCode, DateTimeOffset From, DateTimeOffset? To, string? Needed, string? RequestedBy, string? Answer);

    /// <summary>Content is the document in intake, readable there by this utility's operators; null while a commitment is open.</summary>
    public sealed record DocumentView(string Type, string NameZh, string NameEn, bool Pending, DateTimeOffset? CommitmentDueAt,
        CalendarBasis? CommitmentDueCalendar, string? BeforeStage,
        Guid? DocumentId, string? Sha256, string? Content);

    public static CaseView<TDetails> Of(UtilityApplication<TDetails> application, WorkingDayCalendar calendar, DateTimeOffset now) => new(
        application.Id, application.JointApplicationId, application.ApplicationNumber, application.Utility, application.Status, application.ReceivedAt,
        application.Applicant with
        {
            Phone = MobilePhoneNumber.Mask(application.Applicant.Phone),
            Email = application.Applicant.Email is { } email ? EmailAddress.Mask(email) : null,
        },
        application.Site, application.Details,
        application.CatalogueKey, application.CurrentStage?.Code, application.ForecastCompletion, application.ForecastBasis(calendar),
        application.Stages.OrderBy(s => s.Order).Select(stage => new StageView(
            stage.Code, stage.NameZh, stage.NameEn, stage.LimitWorkingDays, stage.AwaitsCustomerWorks, StageData.RequiredFields(stage.Code),
            stage.StartedAt, stage.ClockRunning, stage.DueAt, UtilityApplication<TDetails>.DueBasis(stage, calendar), Deadlines.IsDueSoon(stage, now), Deadlines.IsOverdue(stage, now),
            stage.CompletedAt is null && stage.StartedAt is not null ? Math.Round(application.WorkingDaysOn(stage, calendar, now), 4) : stage.WorkingDays,
            stage.CompletedAt, stage.CompletedBy, stage.OnTime, stage.Data)).ToList(),
        application.Pauses.OrderBy(p => p.From).Select(p => new PauseView(p.Id, p.Kind, p.StageCode, p.From, p.To, p.Needed, p.RequestedBy, p.Answer)).ToList(),
        application.Documents.OrderBy(d => d.Type).Select(d => new DocumentView(d.Type, d.NameZh, d.NameEn, d.IsPending, d.CommitmentDueAt,
            d.CommitmentDueAt is { } due ? calendar.BasisOf(application.ReceivedAt, due) : null, d.BeforeStage,
            d.DocumentId, d.Sha256, d.DocumentId is { } id ? $"/api/intake/documents/{id}/content" : null)).ToList(),
        application.RejectionReason, application.ClosedBy, application.ClosedAt);
}

/// <summary>How a running stage stands against its deadline; the queue filters on the same rules in its query.</summary>
public static class Deadlines
{
    public static bool IsDueSoon(CaseStage stage, DateTimeOffset now) => stage.ClockRunning && stage.DueSoonAt <= now && !(stage.DueAt < now);

    public static bool IsOverdue(CaseStage stage, DateTimeOffset now) => stage.ClockRunning && stage.DueAt < now;
}
