using OneStop.Notification.Notifications;

namespace OneStop.Notification.Recipients;

/// <summary>An applicant's choice of optional channels; the inbox always stays. Without a choice made, both are on.</summary>
public sealed class ContactPreference
{
    public string ApplicantKey { get; private set; } = "";
    public bool Sms { get; private set; } = true;
    public bool Email { get; private set; } = true;
    public DateTimeOffset UpdatedAt { get; private set; }

    public static ContactPreference Default(string applicantKey) => new() { ApplicantKey = applicantKey };

    public void Set(bool sms, bool email, DateTimeOffset at) => (Sms, Email, UpdatedAt) = (sms, email, at);
}
