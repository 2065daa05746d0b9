using Microsoft.Extensions.Options;
using OneStop.Notification.Notifications;

namespace OneStop.Notification.Delivery;

/// <summary>A message as each binding takes it: an SMS to a mainland number, an e-mail with its subject, a DingTalk text.</summary>
public sealed class ChannelSender(DaprBindings bindings, IOptions<NotificationOptions> options)
{
    public Task SendAsync(Notifications.Notification message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        return message.Channel switch
        {
            Channels.Sms => bindings.CreateAsync(settings.Sms.Binding, message.Body,
                new Dictionary<string, string> { ["toNumber"] = $"+86{message.Address}" }, cancellationToken),
            Channels.Email => bindings.CreateAsync(settings.Email.Binding, message.Body,
                new Dictionary<string, string> { ["emailTo"] = message.Address!, ["subject"] = message.Title }, cancellationToken),
            Channels.DingTalk => bindings.CreateAsync(settings.DingTalk.Binding,
                new { msgtype = "text", text = new { content = $"{message.Title}\n{message.Body}" } }, new Dictionary<string, string>(), cancellationToken),
            _ => throw new InvalidOperationException($"Nothing sends on channel {message.Channel}"),
        };
    }
}
