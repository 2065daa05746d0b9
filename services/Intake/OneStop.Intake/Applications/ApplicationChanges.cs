using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Intake.Applications;

/// <summary>An application's progress page is told when the application or one of its joint visits changes: <see cref="ChangeStream"/>.</summary>
public static class ApplicationChanges
{
    public static void MapApplicationChanges(this IEndpointRouteBuilder api) =>
        api.MapGet("/applications/{id:guid}/changes", StreamAsync)
            .WithName("StreamApplicationChanges")
            .WithSummary("申请进度变化推送（服务器发送事件） / Changes to an application, as server-sent events")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadApplications);

    private static async Task<IResult> StreamAsync(Guid id, CurrentUser user, IntakeDbContext db, HttpContext http)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Utilities).SingleOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        if (application is null || !user.CanRead(application))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
                detail: $"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}.");
        // A joint visit keeps its own version (a utility ready for the acceptance does not change the application itself);
        // both only grow, so their sum moves whenever either does.
        return await ChangeStream.RunAsync(http, async cancellationToken => await db.Applications.Where(a => a.Id == id)
            .Select(a => (long)a.Version + db.JointVisits.Where(v => v.ApplicationId == id).Sum(v => (long)v.Version))
            .SingleAsync(cancellationToken));
    }
}
