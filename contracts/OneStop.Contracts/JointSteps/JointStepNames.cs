namespace OneStop.Contracts.JointSteps;

public static class JointStepNames
{
    public static (string Chinese, string English) Name(this JointStep step) => step switch
    {
        JointStep.Survey => ("联合踏勘", "joint site survey"),
        JointStep.Acceptance => ("联合验收", "joint acceptance"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>
    /// A survey is booked as soon as every utility has the application; an acceptance only once every utility in it has
    /// come to the stage that inspects the finished works (its UtilityReadyForVisit).
    /// </summary>
    public static bool ReadyAtReceipt(this JointStep step) => step == JointStep.Survey;
}
