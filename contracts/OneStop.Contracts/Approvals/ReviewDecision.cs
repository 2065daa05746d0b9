using System.Text.Json.Serialization;

namespace OneStop.Contracts.Approvals;

[JsonConverter(typeof(CamelCaseEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    /// <summary>准予许可.</summary>
    Approve,
    /// <summary>不予许可: with the reason.</summary>
    Reject,
    /// <summary>补正: what the utilities must correct.</summary>
    Correct,
}
