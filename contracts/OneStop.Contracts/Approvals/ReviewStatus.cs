using System.Text.Json.Serialization;

namespace OneStop.Contracts.Approvals;

/// <summary>Where one department's review of the combined application stands.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReviewStatus>))]
public enum ReviewStatus
{
    Pending,
    /// <summary>The department asked the utilities to correct the application; its clock stands until they answer.</summary>
    CorrectionRequested,
    Approved,
    Rejected,
    /// <summary>Another department rejected the route first: this review ended undecided.</summary>
    Closed,
}
