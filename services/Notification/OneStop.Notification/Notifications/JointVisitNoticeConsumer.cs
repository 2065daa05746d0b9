using MassTransit;
using Microsoft.Extensions.Logging;
using OneStop.Contracts;
using OneStop.Contracts.JointSteps;
using OneStop.Messaging.Inbox;
using OneStop.Notification.Recipients;
using OneStop.Notification.Templates;

namespace OneStop.Notification.Notifications;

/// <summary>
/// The joint visits (survey, acceptance) on both sides: the applicant is asked to book it, told the time booked and asked again when it did
/// not take place; the operators of every utility in it are told the time, and of a visit that did not take place.
/// </summary>
public sealed class JointVisitNoticeConsumer<TMessage>(NotificationDbContext db, Notifier notifier, ILogger<JointVisitNoticeConsumer<TMessage>> logger)
    : IdempotentConsumer<TMessage, NotificationDbContext>(db, logger)
    where TMessage : class
{
    protected override string ConsumerName => $"visit-notice:{typeof(TMessage).Name}";

    protected override async Task HandleAsync(ConsumeContext<TMessage> context)
    {
        (Guid ApplicationId, JointStep Step, IReadOnlyList<UtilityKind> Utilities, MessageKind ToApplicant, MessageKind? ToStaff, (string, string)? Time) notice =
            context.Message switch
            {
                JointVisitBookingOpened opened => (opened.ApplicationId, opened.Step, opened.Utilities, MessageKind.VisitBookingOpen, null, null),
                JointVisitScheduled booked => (booked.ApplicationId, booked.Step, booked.Utilities, MessageKind.VisitBooked, MessageKind.VisitBookedStaff,
                    booked.Remote ? ("云验收，在线审查竣工照片、视频", "remote, on the photos and videos reviewed online") : VisitTime.Words(booked.Start, booked.End)),
                JointVisitCancelled cancelled => (cancelled.ApplicationId, cancelled.Step, cancelled.Utilities, MessageKind.VisitCancelled,
                    MessageKind.VisitCancelledStaff, null),
                _ => throw new ArgumentOutOfRangeException(nameof(context), typeof(TMessage).Name, "not a joint visit notice"),
            };
        var (applicationId, step, utilities, toApplicant, toStaff, time) = notice;
        var contact = await Db.ContactOfAsync(applicationId, context.CancellationToken);
        var (companies, companiesEn) = utilities.CompanyNames();
        var (stepName, stepNameEn) = step.Name();
        var values = new TemplateValues().Set("applicationNumber", contact.ApplicationNumber).Set("companies", companies, companiesEn)
            .Set("step", stepName, stepNameEn);
        if (time is var (chinese, english))
            values.Set("visitTime", chinese, english);
        await notifier.ToApplicantAsync(contact, context.MessageId!.Value, typeof(TMessage).Name, toApplicant, values, context.CancellationToken);
        if (toStaff is not null)
            foreach (var utility in utilities)
                notifier.ToOperators(utility, applicationId, context.MessageId!.Value, typeof(TMessage).Name, toStaff, values);
    }
}
