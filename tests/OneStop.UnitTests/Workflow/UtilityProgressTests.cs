using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Intake.Applications;
using OneStop.Contracts.Intake;

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
            progress.Apply(utilityEvent, At);

        Assert.Equal((UtilityStatus.Connected, At), (progress.Status, progress.ClosedAt));
    }

    [Fact]
    public void A_state_older_than_the_one_held_changes_nothing()
    {
        var progress = UtilityProgress.Pending(ApplicationId, UtilityKind.Water);
        progress.Apply(new UtilityCorrectionRequested(ApplicationId, UtilityKind.Water, CaseId, Guid.NewGuid(), Metering, "补正 / fix", At,
            new UtilityCaseState(3, UtilityCaseStatus.AwaitingCorrection, Metering, null, null)), At);
        progress.Apply(new UtilityClockResumed(ApplicationId, UtilityKind.Water, CaseId, Guid.NewGuid(), At.AddHours(1),
            new UtilityCaseState(4, UtilityCaseStatus.InProgress, Metering, At.AddDays(1), At.AddDays(1))), At.AddHours(1));

        progress.Apply(new UtilityCorrectionRequested(ApplicationId, UtilityKind.Water, CaseId, Guid.NewGuid(), Metering, "旧 / stale", At,
            new UtilityCaseState(3, UtilityCaseStatus.AwaitingCorrection, Metering, null, null)), At);

        Assert.Equal((UtilityStatus.InProgress, null, At.AddDays(1)), (progress.Status, progress.OpenCorrectionId, progress.DueAt));
    }

    [Fact]
    public void The_application_closes_after_its_last_connection_whatever_order_the_events_arrive_in()
    {
        var application = JointApplication.Submit("LH202603020900000001", new Applicant(ApplicantType.Individual, "张三", "张三", "13800138000"),
            "33010619900101123X", "key", new Filer("clerk", "clerk"), new Site("杭州", "330106"),
            new UtilityRequests(Water: new WaterRequest(25, Usage.Residential), Network: new NetworkRequest(100)), [], At);
        var water = Guid.NewGuid();
        var network = Guid.NewGuid();
        application.MarkReceived(UtilityKind.Water, water, null, At);
        application.MarkReceived(UtilityKind.Network, network, null, At);

        // Water connects at 10:00; the network operator at 11:00, whose stage completion reaches intake before the connection.
        var waterState = new UtilityCaseState(5, UtilityCaseStatus.Connected, null, null, At.AddHours(1));
        application.Record(new UtilityConnected(ApplicationId, UtilityKind.Water, water, At.AddHours(1), 1, true, waterState), At.AddHours(1));
        var networkState = new UtilityCaseState(5, UtilityCaseStatus.Connected, null, null, At.AddHours(2));
        application.Record(new UtilityStageCompleted(ApplicationId, UtilityKind.Network, network, Metering, At.AddHours(2), 0.5, 2, true,
            new Dictionary<string, string>(), networkState), At.AddHours(2));
        application.Record(new UtilityConnected(ApplicationId, UtilityKind.Network, network, At.AddHours(2), 1, true, networkState), At.AddHours(2));

        var read = application.Timeline.OrderBy(t => t.At).ThenBy(t => t.Order).Select(t => (t.Event, t.Utility)).ToList();
        Assert.Equal(ApplicationStatus.Completed, application.Status);
        Assert.Equal([("stageCompleted", UtilityKind.Network), ("connected", UtilityKind.Network), ("completed", null)], read[^3..]);
    }

    [Fact]
    public void A_quote_is_kept_unless_a_newer_one_is_here_and_the_timeline_speaks_only_when_what_the_applicant_pays_moved()
    {
        var application = JointApplication.Submit("LH202603020900000002", new Applicant(ApplicantType.Individual, "张三", "张三", "13800138000"),
            "33010619900101123X", "key", new Filer("clerk", "clerk"), new Site("杭州", "330106"),
            new UtilityRequests(Water: new WaterRequest(25, Usage.Residential)), [], At);
        var water = Guid.NewGuid();
        application.MarkReceived(UtilityKind.Water, water, Quote(200000, "water-connection", "water-external-pipe"), At);
        FeeQuote? Kept() => application.Utilities.Single().Quote;
        int Entries() => application.Timeline.Count(t => t.Event is "quoted" or "quoteChanged");
        var version = application.Version;

        // The survey found no external line: the waived line goes, what is payable stays.
        var dropped = Quote(200000, "water-connection");
        application.RecordQuote(new UtilityQuoteChanged(ApplicationId, UtilityKind.Water, water, dropped, 200000, "联合踏勘确认无需外线工程 / none", At.AddHours(5)));
        Assert.Same(dropped, Kept());
        Assert.Equal(1, Entries());
        Assert.True(application.Version > version);

        // An older quote arriving late changes nothing; a newer one that moves the amount is told.
        application.RecordQuote(new UtilityQuoteChanged(ApplicationId, UtilityKind.Water, water, Quote(1, "x"), 0, "旧 / old", At.AddHours(1)));
        Assert.Same(dropped, Kept());
        var raised = Quote(260000, "water-connection", "water-meter");
        application.RecordQuote(new UtilityQuoteChanged(ApplicationId, UtilityKind.Water, water, raised, 200000, "复核 / checked again", At.AddHours(6)));
        Assert.Same(raised, Kept());
        Assert.Contains("应付 ¥2,600.00，此前应付 ¥2,000.00", application.Timeline.Single(t => t.Event == "quoteChanged").Description);
    }

    private static FeeQuote Quote(long payableFen, params string[] codes) =>
        new(UtilityKind.Water, "测试 / test", DateOnly.FromDateTime(At.Date), codes.Select(code => new QuoteLine(code, code, code, "依据 / basis", FeePart.Connection,
            FeeFormula.Fixed, payableFen, 1, payableFen, null)).ToList(), payableFen, 0, [], []);
}
