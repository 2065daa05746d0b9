using OneStop.Contracts;

namespace OneStop.Notification.Notifications;

/// <summary>Applicant-facing wording, Chinese first with English alongside. Operator-editable templates come later.</summary>
public sealed record NotificationText(string Title, string Body)
{
    public static NotificationText Submitted(ApplicationContact contact) => new(
        "联合报装申请已提交 / Joint application submitted",
        $"{contact.ContactName}，您好：您的联合报装申请（编号 {contact.ApplicationNumber}）已提交，我们将同步推送给各公用事业单位。" +
        $" / Dear {contact.ContactName}, your joint application {contact.ApplicationNumber} has been submitted and is on its way to every utility you asked for.");

    public static NotificationText ReceivedBy(ApplicationContact contact, UtilityKind utility)
    {
        var (chinese, english) = utility.CompanyName();
        return new NotificationText(
            $"{chinese}已收到申请 / Received by the {english}",
            $"您的联合报装申请（编号 {contact.ApplicationNumber}）已由{chinese}接收。" +
            $" / Your joint application {contact.ApplicationNumber} has been received by the {english}.");
    }
}
