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
    /// SMS, e-mail and DingTalk through the Dapr sidecar when this process has one (<c>DAPR_HTTP_ENDPOINT</c> or
    /// <c>DAPR_HTTP_PORT</c>); without a sidecar, as in the all-in-one host, the inbox is the only channel.
    /// </summary>
    public static WebApplicationBuilder AddNotificationChannels(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration("Notification");
        var options = builder.Configuration.GetSection("Notification").Get<NotificationOptions>() ?? new NotificationOptions();
        builder.Services.AddSingleton(TemplateSet.Load([TemplateSet.ShippedDirectory, .. options.TemplateDirectory is { Length: > 0 } own ? [own] : Array.Empty<string>()]));
        builder.Services.AddScoped<Notifier>();

        var sidecar = DaprBindings.SidecarAddress(builder.Configuration);
        builder.Services.AddSingleton(new ChannelAvailability(
            sidecar is not null && options.Sms.Enabled, sidecar is not null && options.Email.Enabled, sidecar is not null && options.DingTalk.Enabled));
        if (sidecar is null)
            return builder;
        builder.Services.AddHttpClient<DaprBindings>(http =>
        {
            http.BaseAddress = sidecar;
            if (builder.Configuration["DAPR_API_TOKEN"] is { Length: > 0 } token)
                http.DefaultRequestHeaders.Add("dapr-api-token", token);
        });
        builder.Services.AddScoped<ChannelSender>();
        builder.Services.AddHostedService<DeliveryDispatcher>();
        return builder;
    }
}
