using OneStop.Contracts;
using OneStop.Intake.Applications;

namespace OneStop.UnitTests.Workflow;

/// <summary>Intake's view of one utility, whatever order the utility's events arrive in.</summary>
public sealed class UtilityProgressTests
{
    private static readonly Guid ApplicationId = Guid.NewGuid();
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly StageName Metering = new("metering-energising", "装表接电", "Meter installed and energised");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_last_stage_and_the_connection_it_made_are_both_taken_in_either_order(bool completionFirst)
    {
        var connectedState = new UtilityCaseState(5, UtilityCaseStatus.Connected, null, null, At);
        IUtilityCaseEvent completed = new UtilityStageCompleted(ApplicationId, UtilityKind.Water, CaseId, Metering, At, 0.5, 2, true,
            new Dictionary<string, string>(), connectedState);
        IUtilityCaseEvent connected = new UtilityConnected(ApplicationId, UtilityKind.Water, CaseId, At, 1.5, true, connectedState);
        var progress = UtilityProgress.Pending(ApplicationId, UtilityKind.Water);

        foreach (var utilityEvent in completionFirst ? [completed, connected] : new[] { connected, completed })
            progress.Apply(utilityEvent);

        Assert.Equal((UtilityStatus.Connected, At), (progress.Status, progress.ClosedAt));
    }

    [Fact]
    public void A_state_older_than_the_one_held_changes_nothing()
    {
        var progress = UtilityProgress.Pending(ApplicationId, UtilityKind.Water);
        progress.Apply(new UtilityCorrectionRequested(ApplicationId, UtilityKind.Water, CaseId, Guid.NewGuid(), Metering, "补正 / fix", At,
            new UtilityCaseState(3, UtilityCaseStatus.AwaitingCorrection, Metering, null, null)));
        progress.Apply(new UtilityClockResumed(ApplicationId, UtilityKind.Water, CaseId, Guid.NewGuid(), At.AddHours(1),
            new UtilityCaseState(4, UtilityCaseStatus.InProgress, Metering, At.AddDays(1), At.AddDays(1))));

        progress.Apply(new UtilityCorrectionRequested(ApplicationId, UtilityKind.Water, CaseId, Guid.NewGuid(), Metering, "旧 / stale", At,
            new UtilityCaseState(3, UtilityCaseStatus.AwaitingCorrection, Metering, null, null)));

        Assert.Equal((UtilityStatus.InProgress, null, At.AddDays(1)), (progress.Status, progress.OpenCorrectionId, progress.DueAt));
    }
}
