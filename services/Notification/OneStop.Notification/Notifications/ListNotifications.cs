using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts.Notifications;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Notification.Notifications;

public static class ListNotifications
{
    public static RouteHandlerBuilder MapListNotifications(this IEndpointRouteBuilder api) =>
        api.MapGet("/", HandleAsync).WithSummary("查询申请的通知 / List the notifications of a joint application")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadNotifications);

    private static async Task<Results<Ok<List<NotificationView>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid? applicationId, CurrentUser user, NotificationDbContext db, PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        if (applicationId is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["applicationId"] = ["必填 / is required"] });
        // The counter helps any applicant; an applicant sees only its own applications' messages, and no hint of others.
        if (!user.IsIn(Roles.Clerk))
        {
            var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.ApplicationId == applicationId, cancellationToken);
            if (contact is null || user.IdNumber is null || contact.ApplicantKey != personalData.BlindIndex(user.IdNumber))
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
                    detail: $"没有编号为 {applicationId} 的联合报装申请 / There is no joint application with id {applicationId}.");
        }

        // Oldest first; Guid v7 ids sort by creation time on both PostgreSQL and SQLite.
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.ApplicationId == applicationId)
            .OrderBy(n => n.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notifications
            .Select(n => n.View())
            .ToList());
    }
}
