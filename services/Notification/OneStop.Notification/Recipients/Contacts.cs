using OneStop.Notification.Notifications;

namespace OneStop.Notification.Recipients;

public static class Contacts
{
    /// <summary>
    /// The application's contact; an event overtaking the submission that names it (on another replica) throws, so
    /// that the bus's retry handles it again once the contact is known.
    /// </summary>
    public static async Task<ApplicationContact> ContactOfAsync(this NotificationDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        await db.Contacts.FindAsync([applicationId], cancellationToken)
        ?? throw new InvalidOperationException($"No contact is known yet for joint application {applicationId}.");
}
