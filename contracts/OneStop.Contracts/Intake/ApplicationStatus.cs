using System.Text.Json.Serialization;

namespace OneStop.Contracts.Intake;

/// <summary>
/// The joint application as a whole. A rejection by one utility does not stop the others: the application stays
/// inProgress while any utility works on, and closes as completed (every utility connected), partiallyCompleted (some
/// connected, the rest rejected) or rejected (every utility rejected). The view names the rejecting utilities beside it.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    Submitted,
    InProgress,
    Completed,
    PartiallyCompleted,
    Rejected,
}
