using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OneStop.Messaging;
using OneStop.Notification.Notifications;
using OneStop.ServiceDefaults;

namespace OneStop.Notification;

public static class NotificationService
{
    public const string Name = "notifications";

    public static WebApplicationBuilder AddNotificationService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("Notification");
        builder.Services.AddServiceOpenApi(Name);
        builder.Services.AddBusConsumers(bus =>
        {
            bus.AddConsumer<JointApplicationSubmittedConsumer>().Endpoint(e => e.Name = "notification-joint-application-submitted");
            bus.AddConsumer<UtilityApplicationReceivedConsumer>().Endpoint(e => e.Name = "notification-utility-application-received");
        });
        return builder;
    }

    public static WebApplication MapNotificationService(this WebApplication app)
    {
        app.MapGroup("/api/notifications").WithGroupName(Name).WithTags("Notifications").MapListNotifications();
        return app;
    }
}
