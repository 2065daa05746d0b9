using OneStop.Contracts;

namespace OneStop.Notification.Notifications;

/// <summary>
/// One message to one recipient on one channel about one event; (EventId, Recipient, Channel) is unique. The recipient
/// is the applicant (by its blind index), not an address, so that the uniqueness holds however addresses are stored.
/// </summary>
public sealed class Notification
{
    public const string InboxChannel = "inbox";

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid EventId { get; private set; }
    public string EventType { get; private set; } = "";
    public string Recipient { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The inbox of a utility's supervisors, who are told about its deadlines.</summary>
    public static string SupervisorsOf(UtilityKind utility) => $"supervisors:{utility.ToString().ToLowerInvariant()}";

    public static Notification ToSupervisors(UtilityKind utility, Guid applicationId, Guid eventId, string eventType, NotificationText text, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ApplicationId = applicationId,
        EventId = eventId,
        EventType = eventType,
        Recipient = SupervisorsOf(utility),
        Channel = InboxChannel,
        Title = text.Title,
        Body = text.Body,
        CreatedAt = at,
    };

    public static Notification ToApplicant(ApplicationContact contact, Guid eventId, string eventType, NotificationText text, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ApplicationId = contact.ApplicationId,
        EventId = eventId,
        EventType = eventType,
        Recipient = contact.ApplicantKey,
        Channel = InboxChannel,
        Title = text.Title,
        Body = text.Body,
        CreatedAt = at,
    };
}
