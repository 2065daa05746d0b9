using System.Text.Json.Serialization;

namespace OneStop.Contracts.Notifications;

[JsonConverter(typeof(CamelCaseEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>In the recipient's inbox: nothing more to send.</summary>
    InInbox,
    /// <summary>Waiting for its (next) attempt at NextAttemptAt: a retry's back-off, or the end of quiet hours.</summary>
    Pending,
    Sent,
    /// <summary>Every attempt failed; LastError says why. An administrator can send it again.</summary>
    Failed,
}
