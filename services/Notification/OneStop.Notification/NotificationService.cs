using MassTransit;
using MassTransit.Middleware;
using OneStop.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OneStop.Messaging;
using OneStop.Notification.Delivery;
using OneStop.Notification.Notifications;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Notification;

public static class NotificationService
{
    public const string Name = "notifications";

    public static WebApplicationBuilder AddNotificationService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("Notification");
        builder.Services.AddServiceOpenApi(Name);
        builder.AddNotificationChannels();
        builder.Services.AddBusConsumers(bus =>
        {
            // A receipt is always enqueued after the submission that names its recipient, but on separate queues it
            // could be handled first. One queue, partitioned by application, handles each application's events in
            // arrival order, so a receipt never waits on a retry for its contact (retries remain for replicas).
            var byApplication = new Partitioner(16, new Murmur3UnsafeHashGenerator());
            AddConsumer<JointApplicationSubmittedConsumer, JointApplicationSubmitted>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<UtilityApplicationReceivedConsumer, UtilityApplicationReceived>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<ApplicantNoticeConsumer<UtilityCorrectionRequested>, UtilityCorrectionRequested>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<ApplicantNoticeConsumer<UtilityStageCompleted>, UtilityStageCompleted>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<ApplicantNoticeConsumer<UtilityApplicationRejected>, UtilityApplicationRejected>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<ApplicantNoticeConsumer<UtilityConnected>, UtilityConnected>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<ApplicantNoticeConsumer<UtilityDeadlineRecomputed>, UtilityDeadlineRecomputed>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<CommitmentNoticeConsumer<DocumentCommitmentOverdue>, DocumentCommitmentOverdue>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<CommitmentNoticeConsumer<DocumentCommitmentDueDateSet>, DocumentCommitmentDueDateSet>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<SupervisorAlertConsumer<UtilityStageDueSoon>, UtilityStageDueSoon>(bus, byApplication, m => m.ApplicationId);
            AddConsumer<SupervisorAlertConsumer<UtilityStageOverdue>, UtilityStageOverdue>(bus, byApplication, m => m.ApplicationId);
        });
        return builder;
    }

    private static void AddConsumer<TConsumer, TMessage>(IBusRegistrationConfigurator bus, IPartitioner byApplication, Func<TMessage, Guid> applicationId)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class =>
        bus.AddConsumer<TConsumer>((_, consumer) => consumer.Message<TMessage>(
                message => message.UsePartitioner(byApplication, m => applicationId(m.Message))))
            .Endpoint(endpoint => endpoint.Name = "notification");

    public static WebApplication MapNotificationService(this WebApplication app)
    {
        var api = app.MapGroup("/api/notifications").WithGroupName(Name).WithTags("Notifications");
        api.MapListNotifications();
        api.MapInbox();
        api.MapPreferences();
        api.MapDeliveries();
        api.MapAuditLog<NotificationDbContext>(Policies.ReadAuditLog);
        return app;
    }
}
