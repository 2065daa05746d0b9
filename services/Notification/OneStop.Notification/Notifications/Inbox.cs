using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts.Notifications;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Notification.Notifications;

/// <summary>
/// Every signed-in user's in-app messages, newest first (an applicant's milestones, a supervisor's deadline alerts),
/// and marking one read. The inbox gets every message whatever else is switched off.
/// </summary>
public static class Inbox
{
    private const int MaxListed = 100;

    public static void MapInbox(this IEndpointRouteBuilder api)
    {
        api.MapGet("/inbox", ListAsync).WithSummary("我的消息（unread=true 只看未读） / My inbox; unread=true for unread only").RequireAuthorization(Policies.ReadInbox);
        api.MapPost("/inbox/{id:guid}/read", MarkReadAsync).WithSummary("标为已读 / Mark as read").ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadInbox);
    }

    private static async Task<Ok<List<NotificationView>>> ListAsync(bool? unread, CurrentUser user, NotificationDbContext db,
        PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        var recipients = RecipientsFor(user, personalData);
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.Channel == Channels.Inbox && recipients.Contains(n.Recipient) && (unread != true || n.ReadAt == null))
            .OrderByDescending(n => n.Id)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notifications.Select(n => n.View()).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(Guid id, CurrentUser user, NotificationDbContext db,
        PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        var recipients = RecipientsFor(user, personalData);
        if (await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.Channel == Channels.Inbox && recipients.Contains(n.Recipient), cancellationToken)
            is not { } notification)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该消息 / Message not found");
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static List<string> RecipientsFor(CurrentUser user, PersonalDataProtector personalData)
    {
        var recipients = new List<string>();
        if (user.IsIn(Roles.Applicant) && user.IdNumber is { } idNumber)
            recipients.Add(personalData.BlindIndex(idNumber));
        if (user.IsIn(Roles.Supervisor) && user.Utility is { } utility)
            recipients.Add(Notification.SupervisorsOf(utility));
        if (user.IsIn(Roles.Operator) && user.Utility is { } operatorsUtility)
            recipients.Add(Notification.OperatorsOf(operatorsUtility));
        if (user.IsIn(Roles.Approver) && user.Department is { } department)
            recipients.Add(Notification.ApproversOf(department));
        return recipients;
    }
}
