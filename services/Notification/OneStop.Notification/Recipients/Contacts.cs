using Microsoft.EntityFrameworkCore;
using OneStop.Messaging;
using OneStop.Notification.Notifications;

namespace OneStop.Notification.Recipients;

public static class Contacts
{
    // Compiled: every event looks a contact up.
    private static readonly CompiledQuery<Func<NotificationDbContext, Guid, CancellationToken, Task<ApplicationContact?>>> ContactOf = new(() =>
        EF.CompileAsyncQuery((NotificationDbContext db, Guid applicationId, CancellationToken _) =>
            db.Contacts.SingleOrDefault(c => c.ApplicationId == applicationId)));

    public static Task<ApplicationContact?> FindContactAsync(this NotificationDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        ContactOf.For(db)(db, applicationId, cancellationToken);

    /// <summary>
    /// The application's contact; an event overtaking the submission that names it (on another replica) throws, so
    /// that the bus's retry handles it again once the contact is known.
    /// </summary>
    public static async Task<ApplicationContact> ContactOfAsync(this NotificationDbContext db, Guid applicationId, CancellationToken cancellationToken) =>
        await db.FindContactAsync(applicationId, cancellationToken)
        ?? throw new InvalidOperationException($"No contact is known yet for joint application {applicationId}.");
}
