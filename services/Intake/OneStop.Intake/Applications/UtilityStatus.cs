namespace OneStop.Intake.Applications;

public enum UtilityStatus
{
    Pending,
    Received,
}
