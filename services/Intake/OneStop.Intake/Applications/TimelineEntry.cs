using OneStop.Contracts;

namespace OneStop.Intake.Applications;

/// <summary>One thing that happened to a joint application, worded for the applicant in Chinese with English alongside.</summary>
public sealed class TimelineEntry
{
    // Entries that share a moment read in cause-and-effect order: a receipt before the clock it starts, a completed
    // stage before the next, and the application's own status after the utility news that caused it.
    // The applicant's answer before the utility's resumption it causes (the same moment: the answer's). The call to book
    // the joint survey follows the news that every utility has the application.
    private static readonly Dictionary<string, int> UtilityRank = new()
    {
        ["receivedByUtility"] = 1, ["correctionAnswered"] = 1, ["customerWorksDeclared"] = 1, ["stageCompleted"] = 2,
    };

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Event { get; private set; } = "";
    public UtilityKind? Utility { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>What the dates the entry states rest on: provisional ones move when the year's schedule is published.</summary>
    public CalendarKind? Calendar { get; private set; }

    /// <summary>Reading order among entries of the same moment.</summary>
    public int Order => Utility is null ? Event switch { "submitted" => 0, "visitBookingOpen" => 5, _ => 4 } : UtilityRank.GetValueOrDefault(Event, 3);

    public static TimelineEntry Of(Guid applicationId, DateTimeOffset at, string @event, string description, UtilityKind? utility = null,
        CalendarBasis? calendar = null) =>
        new() { Id = Guid.NewGuid(), ApplicationId = applicationId, At = at, Event = @event, Utility = utility, Description = description, Calendar = calendar?.Calendar };
}
