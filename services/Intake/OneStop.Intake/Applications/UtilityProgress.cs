using OneStop.Contracts;

namespace OneStop.Intake.Applications;

/// <summary>Where one requested utility stands with a joint application, as far as intake has heard.</summary>
public sealed class UtilityProgress
{
    public Guid ApplicationId { get; private set; }
    public UtilityKind Utility { get; private set; }
    public UtilityStatus Status { get; private set; }
    public Guid? UtilityApplicationId { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }

    public static UtilityProgress Pending(Guid applicationId, UtilityKind utility) =>
        new() { ApplicationId = applicationId, Utility = utility, Status = UtilityStatus.Pending };

    public void MarkReceived(Guid utilityApplicationId, DateTimeOffset at)
    {
        Status = UtilityStatus.Received;
        UtilityApplicationId = utilityApplicationId;
        ReceivedAt = at;
    }
}
