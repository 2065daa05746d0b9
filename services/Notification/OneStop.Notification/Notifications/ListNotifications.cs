using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Validation;

namespace OneStop.Notification.Notifications;

public static class ListNotifications
{
    public sealed record View(Guid Id, Guid ApplicationId, string EventType, string Recipient, string Channel, string Title, string Body, DateTimeOffset CreatedAt);

    public static RouteHandlerBuilder MapListNotifications(this IEndpointRouteBuilder api) =>
        api.MapGet("/", HandleAsync).WithSummary("查询申请的通知 / List the notifications of a joint application");

    private static async Task<Results<Ok<List<View>>, ValidationProblem>> HandleAsync(Guid? applicationId, NotificationDbContext db, CancellationToken cancellationToken)
    {
        if (applicationId is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["applicationId"] = ["必填 / is required"] });

        // Oldest first; Guid v7 ids sort by creation time on both PostgreSQL and SQLite.
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.ApplicationId == applicationId)
            .OrderBy(n => n.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notifications
            .Select(n => new View(n.Id, n.ApplicationId, n.EventType, MobilePhoneNumber.Mask(n.Recipient), n.Channel, n.Title, n.Body, n.CreatedAt))
            .ToList());
    }
}
