using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts.Notifications;
using OneStop.Notification.Notifications;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Notification.Delivery;

/// <summary>
/// For administrators: the messages on SMS, e-mail and chat by delivery status — failed ones with their last error —
/// and sending a failed one again. Addresses are masked: this is about delivery, not about people.
/// </summary>
public static class DeliveriesApi
{
    private const int MaxListed = 200;

    public sealed record View(Guid Id, Guid ApplicationId, string EventType, string Channel, string? Address, DeliveryStatus Status, int Attempts,
        DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

    public static void MapDeliveries(this IEndpointRouteBuilder api)
    {
        api.MapGet("/deliveries", ListAsync).WithSummary("消息投递情况（status=pending|sent|failed） / Deliveries by status")
            .RequireAuthorization(Policies.OperateNotifications);
        api.MapPost("/deliveries/{id:guid}/retry", RetryAsync).WithSummary("重新发送失败的消息 / Send a failed message again")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.OperateNotifications);
    }

    private static async Task<Results<Ok<List<View>>, ValidationProblem>> ListAsync(string? status, NotificationDbContext db, CancellationToken cancellationToken)
    {
        DeliveryStatus? wanted = null;
        if (status is not null)
        {
            if (!EnumName.TryParse<DeliveryStatus>(status, out var parsed) || parsed == DeliveryStatus.InInbox)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["可选 pending、sent、failed / one of pending, sent, failed"] });
            wanted = parsed;
        }
        var deliveries = await db.Notifications.AsNoTracking()
            .Where(n => n.Channel != Channels.Inbox && (wanted == null || n.Status == wanted))
            .OrderByDescending(n => n.Id)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(deliveries.Select(n => new View(n.Id, n.ApplicationId, n.EventType, n.Channel, Masked(n), n.Status, n.Attempts, n.CreatedAt,
            n.NextAttemptAt, n.SentAt, n.LastError)).ToList());
    }

    private static async Task<Results<Ok<View>, ProblemHttpResult>> RetryAsync(Guid id, HttpContext http, NotificationDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.Channel != Channels.Inbox, cancellationToken) is not { } message)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该消息 / Message not found");
        if (message.Status != DeliveryStatus.Failed)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "只能重发失败的消息 / Only a failed message is sent again",
                detail: $"该消息状态为 {message.Status} / The message is {message.Status}.");
        var now = clock.GetUtcNow();
        message.Retry(now);
        db.Audit(http, "notification.retry", $"notification/{message.Id}", null, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new View(message.Id, message.ApplicationId, message.EventType, message.Channel, Masked(message), message.Status,
            message.Attempts, message.CreatedAt, message.NextAttemptAt, message.SentAt, message.LastError));
    }

    private static string? Masked(Notifications.Notification message) => message.Address is not { } address ? null
        : message.Channel == Channels.Email ? EmailAddress.Mask(address) : MobilePhoneNumber.Mask(address);
}
