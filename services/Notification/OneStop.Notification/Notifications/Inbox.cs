using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Notification.Notifications;

/// <summary>The signed-in user's own messages, newest first: an applicant's milestones, a supervisor's deadline alerts.</summary>
public static class Inbox
{
    private const int MaxListed = 100;

    public static RouteHandlerBuilder MapInbox(this IEndpointRouteBuilder api) =>
        api.MapGet("/inbox", HandleAsync).WithSummary("我的消息 / My inbox").RequireAuthorization(Policies.ReadInbox);

    private static async Task<Ok<List<ListNotifications.View>>> HandleAsync(
        CurrentUser user, NotificationDbContext db, PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        var recipients = new List<string>();
        if (user.IsIn(Roles.Applicant) && user.IdNumber is { } idNumber)
            recipients.Add(personalData.BlindIndex(idNumber));
        if (user.IsIn(Roles.Supervisor) && user.Utility is { } utility)
            recipients.Add(Notification.SupervisorsOf(utility));
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => recipients.Contains(n.Recipient))
            .OrderByDescending(n => n.Id)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notifications.Select(ListNotifications.View.Of).ToList());
    }
}
