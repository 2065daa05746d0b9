using OneStop.Notification.Notifications;

namespace OneStop.Notification.Recipients;

/// <summary>
/// Who to tell about a joint application, learnt from JointApplicationSubmitted; later events carry only ids.
/// ApplicantKey (the blind index of the applicant's identity number) is whose inbox it is; phone and e-mail are
/// encrypted at rest.
/// </summary>
public sealed record ApplicationContact(Guid ApplicationId, string ApplicationNumber, string ApplicantKey, string ContactName, string Phone,
    string? Email = null);
