namespace OneStop.Notification.Notifications;

/// <summary>Who to tell about a joint application, learnt from JointApplicationSubmitted; later events carry only ids.</summary>
public sealed record ApplicationContact(Guid ApplicationId, string ApplicationNumber, string ContactName, string Phone);
