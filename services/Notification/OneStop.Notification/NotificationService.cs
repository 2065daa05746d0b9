using MassTransit;
using OneStop.Notification.Recipients;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.JointSteps;
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
        // A receipt is always enqueued after the submission that names its recipient, but on separate queues it could be
        // handled first. One queue, partitioned by application, handles each application's events in arrival order, so a
        // receipt never waits on a retry for its contact (retries remain for replicas).
        builder.Services.AddBusConsumers(bus => new PartitionedConsumers(bus, "notification")
            .Add<JointApplicationSubmittedConsumer, JointApplicationSubmitted>(m => m.ApplicationId)
            .Add<UtilityApplicationReceivedConsumer, UtilityApplicationReceived>(m => m.ApplicationId)
            .Add<ApplicantNoticeConsumer<UtilityCorrectionRequested>, UtilityCorrectionRequested>(m => m.ApplicationId)
            .Add<ApplicantNoticeConsumer<UtilityStageCompleted>, UtilityStageCompleted>(m => m.ApplicationId)
            .Add<ApplicantNoticeConsumer<UtilityApplicationRejected>, UtilityApplicationRejected>(m => m.ApplicationId)
            .Add<ApplicantNoticeConsumer<UtilityConnected>, UtilityConnected>(m => m.ApplicationId)
            .Add<ApplicantNoticeConsumer<UtilityDeadlineRecomputed>, UtilityDeadlineRecomputed>(m => m.ApplicationId)
            .Add<CommitmentNoticeConsumer<DocumentCommitmentOverdue>, DocumentCommitmentOverdue>(m => m.ApplicationId)
            .Add<CommitmentNoticeConsumer<DocumentCommitmentDueDateSet>, DocumentCommitmentDueDateSet>(m => m.ApplicationId)
            .Add<SupervisorAlertConsumer<UtilityStageDueSoon>, UtilityStageDueSoon>(m => m.ApplicationId)
            .Add<SupervisorAlertConsumer<UtilityStageOverdue>, UtilityStageOverdue>(m => m.ApplicationId)
            .Add<OperatorNoticeConsumer<CorrectionAnswered>, CorrectionAnswered>(m => m.ApplicationId)
            .Add<OperatorNoticeConsumer<CustomerWorksCompleted>, CustomerWorksCompleted>(m => m.ApplicationId)
            .Add<OperatorNoticeConsumer<CommittedDocumentProvided>, CommittedDocumentProvided>(m => m.ApplicationId)
            .Add<JointVisitNoticeConsumer<JointVisitBookingOpened>, JointVisitBookingOpened>(m => m.ApplicationId)
            .Add<JointVisitNoticeConsumer<JointVisitScheduled>, JointVisitScheduled>(m => m.ApplicationId)
            .Add<JointVisitNoticeConsumer<JointVisitCancelled>, JointVisitCancelled>(m => m.ApplicationId)
            .Add<WorksApprovalNoticeConsumer<ExternalWorksApprovalFiled>, ExternalWorksApprovalFiled>(m => m.ApplicationId)
            .Add<WorksApprovalNoticeConsumer<ExternalWorksCorrectionRequested>, ExternalWorksCorrectionRequested>(m => m.ApplicationId)
            .Add<WorksApprovalNoticeConsumer<ExternalWorksApprovalDecided>, ExternalWorksApprovalDecided>(m => m.ApplicationId));
        return builder;
    }

    public static WebApplication MapNotificationService(this WebApplication app)
    {
        var api = app.MapGroup("/api/notifications").WithGroupName(Name).WithTags("Notifications");
        api.MapListNotifications();
        api.MapInbox();
        api.MapPreferences();
        api.MapDeliveries();
        api.MapAuditLog<NotificationDbContext>(Policies.ReadAuditLog);
        api.MapMessagingOperations<NotificationDbContext>();
        return app;
    }
}
