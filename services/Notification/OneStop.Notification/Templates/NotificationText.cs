
namespace OneStop.Notification.Templates;

/// <summary>A message as rendered from its templates: title and body, each "中文 / English".</summary>
public sealed record NotificationText(string Title, string Body);
