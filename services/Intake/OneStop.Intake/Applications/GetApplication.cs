using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.ServiceDefaults.Identity;
using static OneStop.Intake.Applications.ApplicationAccess;

namespace OneStop.Intake.Applications;

public static class GetApplication
{
    /// <summary>StatusText says the status in words and names any utility that rejected while the others carry on.</summary>
    public sealed record View(
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
        IReadOnlyList<DocumentView> Documents,
        IReadOnlyList<TimelineView> Timeline);

    /// <summary>
    /// Request is the utility's own request record (capacity, diameter, …), shown as it was filed. DueAt is the current
    /// stage's deadline (none while paused); the forecast is the utility's, null while the end depends on the applicant.
    /// DueCalendar and ForecastCalendar say what each date is counted on: <c>provisional</c> while a year it crosses has no
    /// published schedule (the date may still move), otherwise <c>official</c> with the notices.
    /// </summary>
    public sealed record UtilityView(UtilityKind Utility, UtilityStatus Status, object? Request, Guid? UtilityApplicationId, DateTimeOffset? ReceivedAt,
        StageName? Stage, DateTimeOffset? DueAt, CalendarBasis? DueCalendar, DateTimeOffset? ForecastCompletion, CalendarBasis? ForecastCalendar,
        CorrectionView? Correction, bool AwaitingWorksDeclaration,
        string? RejectionReason, DateTimeOffset? ClosedAt);

    /// <summary>An open correction request: what the utility needs, and whether it has been answered.</summary>
    public sealed record CorrectionView(Guid Id, string Needed, bool Answered);

    public sealed record FilerView(string UserName, string Role);

    /// <summary>
    /// A document of the set: given (DocumentId), or promised on a commitment within CommitmentWorkingDays of filing, due at
    /// CommitmentDueAt, counted on CommitmentDueCalendar (Overdue once raised).
    /// </summary>
    public sealed record DocumentView(string Type, string NameZh, string NameEn, Guid? DocumentId, bool Pending, int? CommitmentWorkingDays,
        DateTimeOffset? CommitmentDueAt, CalendarBasis? CommitmentDueCalendar, bool Overdue, IReadOnlyList<UtilityKind> NeededBy);

    /// <summary>Calendar is set where the entry states a date counted in working days: <c>provisional</c> ones may still move.</summary>
    public sealed record TimelineView(DateTimeOffset At, string Event, UtilityKind? Utility, string Description, CalendarKind? Calendar);

    public static RouteHandlerBuilder MapGetApplication(this IEndpointRouteBuilder api) =>
        api.MapGet("/applications/{id:guid}", HandleAsync)
            .WithName("GetApplication")
            .WithSummary("查询联合报装申请进度 / Get a joint application and its progress")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadApplications);

    private static async Task<Results<Ok<View>, ProblemHttpResult>> HandleAsync(
        Guid id, CurrentUser user, IntakeDbContext db, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.Utilities)
            .Include(a => a.Timeline)
            .Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null || !user.CanRead(application)
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
                detail: $"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}.")
            : TypedResults.Ok(ToView(application, user, calendar));
    }

    private static View ToView(JointApplication application, CurrentUser user, WorkingDayCalendar calendar) => new(
        application.Id,
        application.Number,
        application.Status,
        ApplicationStatusText.Line(application),
        Forecast(application),
        ForecastCalendar(application),
        application.SubmittedAt,
        application.ApplicantAsSeenBy(user),
        new FilerView(application.FiledBy, application.FiledByRole),
        application.Site,
        application.Utilities.Where(u => user.CanSee(u.Utility)).OrderBy(u => u.Utility)
            .Select(u => new UtilityView(u.Utility, u.Status, RequestOf(application.Requests, u.Utility), u.UtilityApplicationId, u.ReceivedAt,
                u.StageCode is null ? null : new StageName(u.StageCode, u.StageNameZh!, u.StageNameEn!), u.DueAt, u.DueCalendar,
                u.ForecastCompletion, u.ForecastCalendar,
                u.OpenCorrectionId is { } correctionId ? new CorrectionView(correctionId, u.OpenCorrectionNeeded!, u.CorrectionAnsweredAt is not null) : null,
                u.Status == UtilityStatus.AwaitingCustomerWorks && u.CustomerWorksDeclaredAt is null, u.RejectionReason, u.ClosedAt))
            .ToList(),
        application.Documents.Where(d => d.NeededBy.Any(need => user.CanSee(need.Utility)))
            .Select(d => new DocumentView(d.Type, d.Kind.NameZh, d.Kind.NameEn, d.DocumentId, d.IsPending, d.CommitmentWorkingDays, d.CommitmentDueAt,
                d.CommitmentDueAt is { } due ? calendar.BasisOf(application.SubmittedAt, due) : null, d.OverdueRaisedAt is not null, d.NeedingUtilities()))
            .ToList(),
        application.Timeline.Where(t => user.CanSee(t.Utility)).OrderBy(t => t.At).ThenBy(t => t.Order)
            .Select(t => new TimelineView(t.At, t.Event, t.Utility, t.Description, t.Calendar))
            .ToList());

    /// <summary>When the last utility expects to connect; unknown while any open utility's end is unknown.</summary>
    private static DateTimeOffset? Forecast(JointApplication application)
    {
        var connecting = application.Utilities.Where(u => u.Status != UtilityStatus.Rejected).ToList();
        return connecting.Count == 0 || connecting.Any(u => u.ForecastCompletion is null) ? null : connecting.Max(u => u.ForecastCompletion);
    }

    /// <summary>The whole application's forecast is provisional when any utility's is.</summary>
    private static CalendarBasis? ForecastCalendar(JointApplication application)
    {
        var bases = application.Utilities.Where(u => u.Status != UtilityStatus.Rejected).Select(u => u.ForecastCalendar).OfType<CalendarBasis>().ToList();
        return Forecast(application) is null || bases.Count == 0 ? null
            : new CalendarBasis(bases.Any(b => b.IsProvisional) ? CalendarKind.Provisional : CalendarKind.Official, bases.SelectMany(b => b.Notices).Distinct().ToList());
    }

    private static object? RequestOf(UtilityRequests requests, UtilityKind utility) => utility switch
    {
        UtilityKind.Electricity => requests.Electricity,
        UtilityKind.Water => requests.Water,
        UtilityKind.Gas => requests.Gas,
        UtilityKind.Heat => requests.Heat,
        UtilityKind.Network => requests.Network,
        _ => null,
    };
}
