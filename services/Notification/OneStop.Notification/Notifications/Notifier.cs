using Microsoft.Extensions.Options;
using OneStop.Notification.Recipients;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Notification.Delivery;
using OneStop.Notification.Templates;
using OneStop.Security.Audit;

namespace OneStop.Notification.Notifications;

/// <summary>
/// Writes one event's messages: to the inbox always, and where Dapr is configured to the recipient's other channels —
/// the applicant's phone and e-mail unless it switched them off, the supervisors' chat group, phone and e-mail. They
/// commit with the consumer's inbox record, and the delivery dispatcher sends them afterwards.
/// </summary>
public sealed class Notifier(NotificationDbContext db, TemplateSet templates, IOptions<NotificationOptions> options, ChannelAvailability channels,
    TimeProvider clock)
{
    public async Task ToApplicantAsync(ApplicationContact contact, Guid eventId, string eventType, MessageKind kind, TemplateValues values,
        CancellationToken cancellationToken)
    {
        var text = templates.Render(kind, values.Set("applicationNumber", contact.ApplicationNumber).Set("contactName", contact.ContactName));
        var preference = await db.PreferenceOfAsync(contact.ApplicantKey, cancellationToken);
        var add = Adder(contact.ApplicationId, eventId, eventType, contact.ApplicantKey, text, urgent: false);
        add(Channels.Inbox, null);
        if (channels.Sms && preference.Sms)
            add(Channels.Sms, contact.Phone);
        if (channels.Email && preference.Email && contact.Email is { } email)
            add(Channels.Email, email);
    }

    /// <summary>Urgent messages (an overdue stage) may go by SMS in quiet hours.</summary>
    /// <summary>To a utility's operators' inbox: the applicant answered one of their requests.</summary>
    public void ToOperators(UtilityKind utility, Guid applicationId, Guid eventId, string eventType, MessageKind kind, TemplateValues values) =>
        Adder(applicationId, eventId, eventType, Notification.OperatorsOf(utility), templates.Render(kind, values), urgent: false)(Channels.Inbox, null);

    /// <summary>To a department's approvers' inbox: external works await its decision.</summary>
    public void ToDepartment(Department department, Guid applicationId, Guid eventId, string eventType, MessageKind kind, TemplateValues values) =>
        Adder(applicationId, eventId, eventType, Notification.ApproversOf(department), templates.Render(kind, values), urgent: false)(Channels.Inbox, null);

    public void ToSupervisors(UtilityKind utility, Guid applicationId, Guid eventId, string eventType, MessageKind kind, TemplateValues values, bool urgent)
    {
        var text = templates.Render(kind, values);
        var add = Adder(applicationId, eventId, eventType, Notification.SupervisorsOf(utility), text, urgent);
        add(Channels.Inbox, null);
        if (channels.DingTalk)
            add(Channels.DingTalk, null);
        var contacts = options.Value.Supervisors.GetValueOrDefault(utility.ToString().ToLowerInvariant());
        if (channels.Sms && contacts?.Phone is { } phone)
            add(Channels.Sms, phone);
        if (channels.Email && contacts?.Email is { } email)
            add(Channels.Email, email);
    }

    private Action<string, string?> Adder(Guid applicationId, Guid eventId, string eventType, string recipient, NotificationText text, bool urgent)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        return (channel, address) =>
        {
            var firstAttempt = channel == Channels.Sms && !urgent ? QuietHours.NextAllowed(now, settings.QuietFrom, settings.QuietUntil) : now;
            var notification = Notification.For(applicationId, eventId, eventType, recipient, channel, address, text, urgent, firstAttempt, now);
            db.Notifications.Add(notification);
            db.Audit(AuditActor.Service(NotificationService.Name), "notification.create", $"notification/{notification.Id}",
                recipient.Split(':') is [("supervisors" or "operators" or "approvers"), _] ? null : recipient, now);
        };
    }
}

/// <summary>Which channels besides the inbox are on: those with a Dapr sidecar to send through and not switched off.</summary>
public sealed record ChannelAvailability(bool Sms, bool Email, bool DingTalk);
