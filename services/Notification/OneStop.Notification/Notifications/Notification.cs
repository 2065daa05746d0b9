using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.Notifications;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>
/// One message to one recipient on one channel about one event; (EventId, Recipient, Channel) is unique, so an event
/// delivered twice makes one message. The recipient is the applicant (by its blind index) or a utility's supervisors,
/// not an address, so that the uniqueness holds however addresses are stored; Address (encrypted) is where a phone or
/// e-mail message goes.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid EventId { get; private set; }
    public string EventType { get; private set; } = "";
    public string Recipient { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public string? Address { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>May go out in quiet hours (an overdue alert to staff).</summary>
    public bool Urgent { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    /// <summary>The dispatcher that claimed the attempt holds it until then; a crashed one's claim runs out.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The inbox of a utility's supervisors, who are told about its deadlines.</summary>
    public static string SupervisorsOf(UtilityKind utility) => $"supervisors:{utility.ToString().ToLowerInvariant()}";

    public static string OperatorsOf(UtilityKind utility) => $"operators:{utility.ToString().ToLowerInvariant()}";

    /// <summary>The inbox of a government department's approvers.</summary>
    public static string ApproversOf(Department department) => $"approvers:{department.Key()}";

    public static Notification For(Guid applicationId, Guid eventId, string eventType, string recipient, string channel, string? address,
        NotificationText text, bool urgent, DateTimeOffset firstAttemptAt, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ApplicationId = applicationId,
        EventId = eventId,
        EventType = eventType,
        Recipient = recipient,
        Channel = channel,
        Address = address,
        Title = text.Title,
        Body = text.Body,
        CreatedAt = at,
        Urgent = urgent,
        Status = channel == Channels.Inbox ? DeliveryStatus.InInbox : DeliveryStatus.Pending,
        NextAttemptAt = channel == Channels.Inbox ? null : firstAttemptAt,
    };

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public NotificationView View() => new(Id, ApplicationId, EventType, Channel, Status, Title, Body, CreatedAt, SentAt, ReadAt);

    public void Sent(DateTimeOffset at) => (Status, SentAt, LockedUntil, LastError, Attempts) = (DeliveryStatus.Sent, at, null, null, Attempts + 1);

    /// <summary>A failed attempt: another at <paramref name="retryAt"/>, or none left.</summary>
    public void AttemptFailed(string error, DateTimeOffset? retryAt)
    {
        (Attempts, LastError, LockedUntil) = (Attempts + 1, error, null);
        (Status, NextAttemptAt) = retryAt is null ? (DeliveryStatus.Failed, null) : (DeliveryStatus.Pending, retryAt);
    }

    /// <summary>An administrator sends a failed message again, from the first attempt.</summary>
    public void Retry(DateTimeOffset at) => (Status, Attempts, NextAttemptAt, LastError) = (DeliveryStatus.Pending, 0, at, null);
}
