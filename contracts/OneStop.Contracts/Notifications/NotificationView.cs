namespace OneStop.Contracts.Notifications;

/// <summary>
/// A message and how it went (GET /api/notifications?applicationId=…, GET …/inbox): in the inbox (ReadAt once read), or
/// pending, sent or failed on its channel.
/// </summary>
public sealed record NotificationView(Guid Id, Guid ApplicationId, string EventType, string Channel, DeliveryStatus Status, string Title, string Body,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? ReadAt);
