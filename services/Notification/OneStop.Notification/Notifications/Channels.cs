namespace OneStop.Notification.Notifications;

/// <summary>Where a message goes: the in-app inbox always, the others through Dapr output bindings when configured.</summary>
public static class Channels
{
    public const string Inbox = "inbox";
    public const string Sms = "sms";
    public const string Email = "email";
    public const string DingTalk = "dingtalk";
}
