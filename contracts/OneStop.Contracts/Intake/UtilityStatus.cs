using System.Text.Json.Serialization;

namespace OneStop.Contracts.Intake;

/// <summary>Where one requested utility stands, as intake last heard: pending until the utility opens its case.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<UtilityStatus>))]
public enum UtilityStatus
{
    Pending,
    Received,
    InProgress,
    AwaitingCorrection,
    AwaitingCustomerWorks,
    Rejected,
    Connected,
}
