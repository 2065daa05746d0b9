using System.Text.Json.Serialization;

namespace OneStop.Contracts.Documents;

[JsonConverter(typeof(CamelCaseEnumConverter<DocumentStatus>))]
public enum DocumentStatus
{
    /// <summary>A certificate fetched and shown to the applicant, who has not yet agreed to its use.</summary>
    AwaitingConsent,
    Ready,
}
