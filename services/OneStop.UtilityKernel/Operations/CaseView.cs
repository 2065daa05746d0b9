using OneStop.Calendar;
using OneStop.UtilityKernel.Cases;
using OneStop.Contracts;
using OneStop.Contracts.Utilities;
using OneStop.Validation;

namespace OneStop.UtilityKernel.Operations;

/// <summary>A case as its API shows it (<see cref="CaseView{TDetails}"/>), its deadlines as they stand at <c>now</c>.</summary>
public static class CaseViews
{
    public static CaseView<TDetails> Of<TDetails>(UtilityApplication<TDetails> application, WorkingDayCalendar calendar, DateTimeOffset now) where TDetails : class => new(
        application.Id, application.JointApplicationId, application.ApplicationNumber, application.Utility, application.Status, application.ReceivedAt,
        application.Applicant with
        {
            Phone = MobilePhoneNumber.Mask(application.Applicant.Phone),
            Email = application.Applicant.Email is { } email ? EmailAddress.Mask(email) : null,
        },
        application.Site, application.Details,
        application.CatalogueKey, application.CurrentStage?.Code, application.ForecastCompletion, application.ForecastBasis(calendar),
        application.Stages.OrderBy(s => s.Order).Select(stage => new CaseView<TDetails>.StageView(
            stage.Code, stage.NameZh, stage.NameEn, stage.LimitWorkingDays, stage.AwaitsCustomerWorks, StageData.RequiredFields(stage.Code),
            stage.StartedAt, stage.ClockRunning, stage.DueAt, UtilityApplication<TDetails>.DueBasis(stage, calendar), Deadlines.IsDueSoon(stage, now), Deadlines.IsOverdue(stage, now),
            stage.CompletedAt is null && stage.StartedAt is not null ? Math.Round(application.WorkingDaysOn(stage, calendar, now), 4) : stage.WorkingDays,
            stage.CompletedAt, stage.CompletedBy, stage.OnTime, stage.Data, stage.Joint)).ToList(),
        application.Pauses.OrderBy(p => p.From).Select(p => new CaseView<TDetails>.PauseView(p.Id, p.Kind, p.StageCode, p.From, p.To, p.Needed, p.RequestedBy, p.Answer, p.Attachments)).ToList(),
        application.Documents.OrderBy(d => d.Type).Select(d => new CaseView<TDetails>.DocumentView(d.Type, d.NameZh, d.NameEn, d.IsPending, d.CommitmentDueAt,
            d.CommitmentDueAt is { } due ? calendar.BasisOf(application.ReceivedAt, due) : null, d.BeforeStage,
            d.DocumentId, d.Sha256, d.DocumentId is { } id ? $"/api/intake/documents/{id}/content" : null)).ToList(),
        application.RejectionReason, application.ClosedBy, application.ClosedAt, ManagerOf(application),
        application.Visits.Select(v => new CaseView<TDetails>.VisitView(v.Id, v.Step, v.Start, v.End, v.BookedAt, v.Findings, v.RecordedBy, v.RecordedAt, v.CompletedAt, v.Acceptance, v.Remote)).ToList(),
        application.WorksApproval, application.Quote);

    public static CaseManagerView? ManagerOf<TDetails>(UtilityApplication<TDetails> application) where TDetails : class =>
        application is { ManagerUserName: { } userName, ManagerName: { } name, ManagerAssignedAt: { } at } ? new(userName, name, at) : null;
}

/// <summary>How a running stage stands against its deadline; the queue filters on the same rules in its query.</summary>
public static class Deadlines
{
    public static bool IsDueSoon(CaseStage stage, DateTimeOffset now) => stage.ClockRunning && stage.DueSoonAt <= now && !(stage.DueAt < now);

    public static bool IsOverdue(CaseStage stage, DateTimeOffset now) => stage.ClockRunning && stage.DueAt < now;
}
