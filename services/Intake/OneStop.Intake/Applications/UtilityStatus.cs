namespace OneStop.Intake.Applications;

/// <summary>Where one requested utility stands, as intake last heard: pending until the utility opens its case.</summary>
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
