using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Notification.Delivery;
using OneStop.Notification.Notifications;
using OneStop.Notification.Templates;

namespace OneStop.Notification;

public static class NotificationChannels
{
    /// <summary>
    /// The templates (loaded and checked now: a broken one stops the service here, not a message later), the inbox, and
    /// SMS, e-mail and DingTalk through the Dapr sidecar when this process has one (Dapr's own <c>DAPR_GRPC_ENDPOINT</c> or
    /// <c>DAPR_GRPC_PORT</c>, which <see cref="Dapr.Client.DaprClient"/> reads, with <c>DAPR_API_TOKEN</c>); without a sidecar, as in the all-in-one host, the inbox is the only channel.
    /// </summary>
    public static WebApplicationBuilder AddNotificationChannels(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration("Notification");
        var options = builder.Configuration.GetSection("Notification").Get<NotificationOptions>() ?? new NotificationOptions();
        builder.Services.AddSingleton(TemplateSet.Load([TemplateSet.ShippedDirectory, .. options.TemplateDirectory is { Length: > 0 } own ? [own] : Array.Empty<string>()]));
        builder.Services.AddScoped<Notifier>();

        var sidecar = builder.Configuration["DAPR_GRPC_ENDPOINT"] is { Length: > 0 } || builder.Configuration["DAPR_GRPC_PORT"] is { Length: > 0 };
        builder.Services.AddSingleton(new ChannelAvailability(sidecar && options.Sms.Enabled, sidecar && options.Email.Enabled, sidecar && options.DingTalk.Enabled));
        if (!sidecar)
            return builder;
        builder.Services.AddDaprClient();
        builder.Services.AddScoped<ChannelSender>();
        builder.Services.AddHostedService<DeliveryDispatcher>();
        return builder;
    }
}
