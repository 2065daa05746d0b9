using System.Text.Json.Serialization;

namespace OneStop.Contracts.JointSteps;

[JsonConverter(typeof(CamelCaseEnumConverter<JointVisitStatus>))]
public enum JointVisitStatus
{
    /// <summary>Not every requested utility has the application yet (who will come is not known), or not every one in it is ready for the visit.</summary>
    AwaitingUtilities,
    AwaitingBooking,
    Booked,
    /// <summary>Every utility in it recorded its findings or its result.</summary>
    Done,
    /// <summary>Every utility that needed it has rejected the application.</summary>
    Withdrawn,
}
