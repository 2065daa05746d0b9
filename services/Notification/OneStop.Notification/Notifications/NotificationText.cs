using OneStop.Contracts;

namespace OneStop.Notification.Notifications;

/// <summary>Applicant- and staff-facing wording, Chinese first with English alongside. Operator-editable templates come later.</summary>
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

    /// <summary>The milestones an applicant is told about: a correction is needed, a rejection, a connection.</summary>
    public static NotificationText ForApplicant(ApplicationContact contact, IUtilityCaseEvent utilityEvent)
    {
        var (chinese, english) = utilityEvent.Utility.CompanyName();
        var number = contact.ApplicationNumber;
        return utilityEvent switch
        {
            UtilityCorrectionRequested requested => new($"{chinese}请您补正材料 / The {english} needs a correction",
                $"您的联合报装申请（编号 {number}）需补正：{requested.Needed}。请登录办理平台答复，补正期间办理计时暂停。" +
                $" / Your joint application {number} needs a correction: {requested.Needed}. Please answer on the platform; the clock is paused meanwhile."),
            UtilityApplicationRejected rejected => new($"{chinese}不予办理 / Rejected by the {english}",
                $"您的联合报装申请（编号 {number}）{chinese}不予办理，原因：{rejected.Reason}。其他单位继续办理。" +
                $" / The {english} rejected your joint application {number}: {rejected.Reason}. The other utilities carry on."),
            UtilityConnected => new($"{chinese}已接通 / Connected by the {english}",
                $"您的联合报装申请（编号 {number}）{chinese}已完成接通。 / The {english} has connected you (joint application {number})."),
            _ => throw new ArgumentOutOfRangeException(nameof(utilityEvent), utilityEvent.GetType().Name, "not an applicant milestone"),
        };
    }

    public static NotificationText CommitmentOverdue(ApplicationContact contact, DocumentCommitmentOverdue overdue) => new(
        $"请补交{overdue.NameZh} / Please provide the {overdue.NameEn}",
        $"您的联合报装申请（编号 {contact.ApplicationNumber}）承诺于 {ChinaTime(overdue.DueAt)} 前补交的{overdue.NameZh}尚未收到，需要它的办理环节暂停办结，请尽快登录办理平台补交。" +
        $" / The {overdue.NameEn} you committed to provide by {ChinaTime(overdue.DueAt)} China time for joint application {contact.ApplicationNumber} " +
        "has not arrived; the stages that need it are waiting. Please provide it on the platform.");

    public static NotificationText DueSoon(UtilityStageDueSoon alarm) => new(
        $"临期预警：{alarm.ApplicationNumber} / Due soon: {alarm.ApplicationNumber}",
        $"申请 {alarm.ApplicationNumber} 的“{alarm.Stage.Chinese}”环节已用去时限的 80%，将于 {ChinaTime(alarm.DueAt)} 到期。" +
        $" / Stage {alarm.Stage.English} of application {alarm.ApplicationNumber} has used 80% of its limit; it is due by {ChinaTime(alarm.DueAt)} China time.");

    public static NotificationText Overdue(UtilityStageOverdue alarm) => new(
        $"超期督办：{alarm.ApplicationNumber} / Overdue: {alarm.ApplicationNumber}",
        $"申请 {alarm.ApplicationNumber} 的“{alarm.Stage.Chinese}”环节已于 {ChinaTime(alarm.DueAt)} 超过办理时限，请督办。" +
        $" / Stage {alarm.Stage.English} of application {alarm.ApplicationNumber} passed its deadline at {ChinaTime(alarm.DueAt)} China time; please follow it up.");

    private static string ChinaTime(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");
}
