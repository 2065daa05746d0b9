using System.Text;
using System.Text.Json;
using Dapr.Client;
using Microsoft.Extensions.Options;
using OneStop.Notification.Notifications;

namespace OneStop.Notification.Delivery;

/// <summary>
/// A message as each Dapr output binding takes it: an SMS to a mainland number, an e-mail with its subject, a DingTalk
/// text. Which provider sends it is the binding component's business: changing it is configuration, not code.
/// </summary>
public sealed class ChannelSender(DaprClient dapr, IOptions<NotificationOptions> options)
{
    public async Task SendAsync(Notifications.Notification message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = message.Channel switch
        {
            Channels.Sms => Create(settings.Sms.Binding, Encoding.UTF8.GetBytes(message.Body), ("toNumber", $"+86{message.Address}")),
            Channels.Email => Create(settings.Email.Binding, Encoding.UTF8.GetBytes(message.Body), ("emailTo", message.Address!), ("subject", message.Title)),
            Channels.DingTalk => Create(settings.DingTalk.Binding,
                JsonSerializer.SerializeToUtf8Bytes(new { msgtype = "text", text = new { content = $"{message.Title}\n{message.Body}" } })),
            _ => throw new InvalidOperationException($"Nothing sends on channel {message.Channel}"),
        };
        // A provider that hangs must not hold the dispatcher: the attempt fails and is tried again later.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Delivery.SendTimeout);
        await dapr.InvokeBindingAsync(request, timeout.Token);
    }

    private static BindingRequest Create(string binding, byte[] data, params (string Key, string Value)[] metadata)
    {
        var request = new BindingRequest(binding, "create") { Data = data };
        foreach (var (key, value) in metadata)
            request.Metadata[key] = value;
        return request;
    }
}
