using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Intake;
using OneStop.ServiceDefaults.Identity;
using static OneStop.Intake.Applications.ApplicationAccess;
using OneStop.Intake.JointVisits;

namespace OneStop.Intake.Applications;

public static class GetApplication
{
    public static RouteHandlerBuilder MapGetApplication(this IEndpointRouteBuilder api) =>
        api.MapGet("/applications/{id:guid}", HandleAsync)
            .WithName("GetApplication")
            .WithSummary("查询联合报装申请进度 / Get a joint application and its progress")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadApplications);

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> HandleAsync(
        Guid id, CurrentUser user, IntakeDbContext db, WorkingDayCalendar calendar, IOptions<JointVisitRules> rules, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.Utilities)
            .Include(a => a.Timeline)
            .Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null || !user.CanRead(application)
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
                detail: $"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}.")
            : TypedResults.Ok(ToView(application, user, calendar,
                await db.JointVisits.AsNoTracking().Where(v => v.ApplicationId == id).ToListAsync(cancellationToken), rules.Value));
    }

    private static ApplicationView ToView(JointApplication application, CurrentUser user, WorkingDayCalendar calendar, List<JointVisit> visits,
        JointVisitRules rules) => new(
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
                u.Status == UtilityStatus.AwaitingCustomerWorks && u.CustomerWorksDeclaredAt is null, u.RejectionReason, u.ClosedAt, u.ClockPausedFor,
                u.ManagerName is { } manager ? new CaseManagerContact(manager, u.ManagerHotline) : null, u.Outcomes, u.Quote))
            .ToList(),
        application.Documents.Where(d => d.NeededBy.Any(need => user.CanSee(need.Utility)))
            .Select(d => new ApplicationDocumentView(d.Type, d.Kind.NameZh, d.Kind.NameEn, d.DocumentId, d.IsPending, d.CommitmentWorkingDays, d.CommitmentDueAt,
                d.CommitmentDueAt is { } due ? calendar.BasisOf(application.SubmittedAt, due) : null, d.OverdueRaisedAt is not null, d.NeedingUtilities()))
            .ToList(),
        application.Timeline.Where(t => user.CanSee(t.Utility)).OrderBy(t => t.At).ThenBy(t => t.Order)
            .Select(t => new TimelineView(t.At, t.Event, t.Utility, t.Description, t.Calendar))
            .ToList(),
        visits.Where(v => !user.IsIn(Roles.Operator) || v.Involves(user.Utility!.Value)).OrderBy(v => v.Step).Select(v => v.ToView(user, rules)).ToList());

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
