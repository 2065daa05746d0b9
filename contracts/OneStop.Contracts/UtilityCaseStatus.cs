using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>Where a utility's case stands: its clock runs in Received and InProgress, and stops while the applicant owes something.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<UtilityCaseStatus>))]
public enum UtilityCaseStatus
{
    /// <summary>Opened, awaiting the acceptance decision (受理).</summary>
    Received,
    InProgress,
    /// <summary>补正: the applicant owes a correction; the clock is paused.</summary>
    AwaitingCorrection,
    /// <summary>The customer's own construction works; the clock is paused until the customer declares them complete.</summary>
    AwaitingCustomerWorks,
    Rejected,
    Connected,
}
