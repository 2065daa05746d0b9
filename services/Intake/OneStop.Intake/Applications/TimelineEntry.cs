using OneStop.Contracts;

namespace OneStop.Intake.Applications;

/// <summary>One thing that happened to a joint application, worded for the applicant in Chinese with English alongside.</summary>
public sealed class TimelineEntry
{
    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Event { get; private set; } = "";
    public UtilityKind? Utility { get; private set; }
    public string Description { get; private set; } = "";

    public static TimelineEntry Of(Guid applicationId, DateTimeOffset at, string @event, string description, UtilityKind? utility = null) =>
        new() { Id = Guid.NewGuid(), ApplicationId = applicationId, At = at, Event = @event, Utility = utility, Description = description };
}
