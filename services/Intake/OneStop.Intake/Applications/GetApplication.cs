using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.ServiceDefaults.Identity;
using static OneStop.Intake.Applications.ApplicationAccess;

namespace OneStop.Intake.Applications;

public static class GetApplication
{
    public sealed record View(
        Guid Id,
        string Number,
        ApplicationStatus Status,
        DateTimeOffset SubmittedAt,
        ApplicantView Applicant,
        FilerView FiledBy,
        Site Site,
        IReadOnlyList<UtilityView> Utilities,
        IReadOnlyList<TimelineView> Timeline);

    /// <summary>Request is the utility's own request record (capacity, diameter, …), shown as it was filed.</summary>
    public sealed record UtilityView(UtilityKind Utility, UtilityStatus Status, object? Request, Guid? UtilityApplicationId, DateTimeOffset? ReceivedAt);

    public sealed record FilerView(string UserName, string Role);

    public sealed record TimelineView(DateTimeOffset At, string Event, UtilityKind? Utility, string Description);

    public static RouteHandlerBuilder MapGetApplication(this IEndpointRouteBuilder api) =>
        api.MapGet("/applications/{id:guid}", HandleAsync)
            .WithName("GetApplication")
            .WithSummary("查询联合报装申请进度 / Get a joint application and its progress")
            .RequireAuthorization(Policies.ReadApplications);

    private static async Task<Results<Ok<View>, ProblemHttpResult>> HandleAsync(
        Guid id, CurrentUser user, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.Utilities)
            .Include(a => a.Timeline)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null || !user.CanRead(application)
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
                detail: $"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}.")
            : TypedResults.Ok(ToView(application, user));
    }

    private static View ToView(JointApplication application, CurrentUser user) => new(
        application.Id,
        application.Number,
        application.Status,
        application.SubmittedAt,
        application.ApplicantAsSeenBy(user),
        new FilerView(application.FiledBy, application.FiledByRole),
        application.Site,
        application.Utilities.Where(u => user.CanSee(u.Utility)).OrderBy(u => u.Utility)
            .Select(u => new UtilityView(u.Utility, u.Status, RequestOf(application.Requests, u.Utility), u.UtilityApplicationId, u.ReceivedAt))
            .ToList(),
        // "inProgress" shares its time with the last receipt that caused it, and must come after it.
        application.Timeline.Where(t => user.CanSee(t.Utility)).OrderBy(t => t.At).ThenBy(t => t.Event == "inProgress")
            .Select(t => new TimelineView(t.At, t.Event, t.Utility, t.Description))
            .ToList());

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
