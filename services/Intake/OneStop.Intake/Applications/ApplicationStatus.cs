namespace OneStop.Intake.Applications;

/// <summary>The joint application's aggregate status: inProgress once every requested utility has received it.</summary>
public enum ApplicationStatus
{
    Submitted,
    InProgress,
}
