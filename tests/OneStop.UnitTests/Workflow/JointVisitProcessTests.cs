using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.JointSteps;
using OneStop.Intake.Applications;
using OneStop.Intake.JointVisits;
using OneStop.Workflow;

namespace OneStop.UnitTests.Workflow;

/// <summary>
/// Intake's side of the joint visits: who is awaited, what a visit missed by one utility after another recorded it does,
/// and when a joint acceptance opens and ends.
/// </summary>
public sealed class JointVisitProcessTests
{
    private static readonly JointVisitRules Rules = new();

    [Fact]
    public void A_visit_one_utility_missed_after_another_recorded_it_is_booked_again_for_the_one_still_to_come()
    {
        var at = China("2026-03-02T09:00");
        var application = JointApplication.Submit("LH202603020900000001", new Applicant(ApplicantType.Individual, "张三", "张三", "13800138000"),
            "33010619900101123X", "key", new Filer("clerk", "clerk"), new Site("杭州市西湖区文三路 1 号", "330106"),
            new UtilityRequests(Water: new WaterRequest(25, Usage.Residential), Gas: new GasRequest(2.5m, Usage.Residential)), [], at);
        var visit = JointVisit.For(application.Id, JointStep.Survey, at);
        visit.Join(UtilityKind.Water, Guid.NewGuid());
        visit.Join(UtilityKind.Gas, Guid.NewGuid());
        visit.Join(UtilityKind.Water, Guid.NewGuid());
        var opened = visit.OpenForBooking(application, at)!;
        Assert.Equal([UtilityKind.Water, UtilityKind.Gas], opened.Utilities);
        Assert.Null(visit.OpenForBooking(application, at));

        var booked = visit.Book(application, China("2026-03-02T14:00"), China("2026-03-02T17:00"), "clerk", Rules, at);
        visit.Record(application, new UtilityVisitRecorded(application.Id, UtilityKind.Water, Guid.NewGuid(), booked.VisitId, JointStep.Survey,
            new SurveyFindings(false, null, null, "具备接入条件"), "water-operator", China("2026-03-02T14:30")));
        var cancelled = visit.Missed(application, new UtilityVisitMissed(application.Id, UtilityKind.Gas, Guid.NewGuid(), booked.VisitId, JointStep.Survey,
            false, "勘查车辆故障", "gas-operator", China("2026-03-02T15:00")))!;

        Assert.Equal([UtilityKind.Gas], cancelled.Utilities);
        Assert.Equal((JointVisitStatus.AwaitingBooking, 1), (visit.Status, visit.Misses));
        var again = visit.Book(application, China("2026-03-03T09:00"), China("2026-03-03T12:00"), "clerk", Rules, China("2026-03-02T16:00"));
        Assert.Equal([UtilityKind.Gas], again.Utilities);
        Assert.Throws<IllegalTransitionException>(() =>
            visit.Book(application, China("2026-03-04T09:00"), China("2026-03-04T12:00"), "clerk", Rules, China("2026-03-02T16:30")));
        var done = visit.Record(application, new UtilityVisitRecorded(application.Id, UtilityKind.Gas, Guid.NewGuid(), booked.VisitId, JointStep.Survey,
            new SurveyFindings(true, 80, "沿文三路", "需新建引入管", [RouteFeature.RoadExcavation]), "gas-operator", China("2026-03-03T09:30")));
        Assert.Equal(JointVisitStatus.Done, visit.Status);
        Assert.Contains(application.Timeline, t => t.Event == "visitDone" && t.Description.Contains("燃气公司需外线工程"));
        // Every utility hears the findings are final; the gas works go for approval, the water company found none.
        Assert.Equal([UtilityKind.Water, UtilityKind.Gas], Assert.IsType<JointVisitCompleted>(done[0]).Utilities);
        var works = Assert.Single(Assert.IsType<ExternalWorksApprovalRequested>(done[1]).Works);
        Assert.Equal((UtilityKind.Gas, 80), (works.Utility, works.Metres));
        Assert.Equal([RouteFeature.RoadExcavation], works.Features);
        // A late change of findings changes nothing now.
        Assert.Empty(visit.Record(application, new UtilityVisitRecorded(application.Id, UtilityKind.Water, Guid.NewGuid(), booked.VisitId, JointStep.Survey,
            new SurveyFindings(true, 50, "沿文三路", "改为需外线"), "water-operator", China("2026-03-03T10:00"))));
    }

    [Fact]
    public void A_joint_acceptance_opens_once_every_utility_in_it_is_ready_and_a_failure_is_recorded_again_after_it_is_done()
    {
        var at = China("2026-03-02T09:00");
        var application = Application(at);
        var visit = JointVisit.For(application.Id, JointStep.Acceptance, at);
        visit.Join(UtilityKind.Water, Guid.NewGuid());
        visit.Join(UtilityKind.Gas, Guid.NewGuid());
        Assert.Null(visit.OpenForBooking(application, at));
        visit.Ready(UtilityKind.Water, China("2026-03-05T10:00"));
        visit.Ready(UtilityKind.Water, China("2026-03-06T10:00"));
        Assert.Null(visit.OpenForBooking(application, China("2026-03-06T10:00")));
        visit.Ready(UtilityKind.Gas, China("2026-03-09T10:00"));
        var opened = visit.OpenForBooking(application, China("2026-03-09T10:00"))!;
        Assert.Equal((JointStep.Acceptance, 2), (opened.Step, opened.Utilities.Count));
        Assert.Contains(application.Timeline, t => t.Event == "visitBookingOpen" && t.Description.Contains("联合验收"));

        var booked = visit.Book(application, China("2026-03-10T09:00"), China("2026-03-10T12:00"), "clerk", Rules, China("2026-03-09T11:00"));
        var waterPassed = Recorded(application, UtilityKind.Water, booked.VisitId, true, "2026-03-10T09:30");
        Assert.Empty(visit.Record(application, waterPassed));
        Assert.Empty(visit.Record(application, waterPassed));
        var done = visit.Record(application, Recorded(application, UtilityKind.Gas, booked.VisitId, false, "2026-03-10T09:40"));
        Assert.IsType<JointVisitCompleted>(Assert.Single(done));
        Assert.Contains(application.Timeline, t => t.Event == "visitDone" && t.Description.Contains("燃气公司验收未通过"));

        // Gas inspects again on its own after the correction; the water result stays as it was.
        Assert.Empty(visit.Record(application, Recorded(application, UtilityKind.Gas, booked.VisitId, true, "2026-03-11T10:00")));
        Assert.True(visit.Participants.Single(p => p.Utility == UtilityKind.Gas).Acceptance!.Passed);
        Assert.Empty(visit.Record(application, Recorded(application, UtilityKind.Water, booked.VisitId, false, "2026-03-11T11:00")));
        Assert.Equal(3, application.Timeline.Count(t => t.Event == "visitRecorded"));
    }

    [Fact]
    public void A_joint_acceptance_waiting_for_a_utility_that_rejects_opens_for_the_others()
    {
        var at = China("2026-03-02T09:00");
        var application = Application(at);
        foreach (var utility in application.Utilities)
            utility.MarkReceived(Guid.NewGuid(), null, at);
        var visit = JointVisit.For(application.Id, JointStep.Acceptance, at);
        visit.Join(UtilityKind.Water, Guid.NewGuid());
        visit.Join(UtilityKind.Gas, Guid.NewGuid());
        visit.Ready(UtilityKind.Water, at);
        var opened = Assert.IsType<JointVisitBookingOpened>(Assert.Single(visit.Withdraw(application, UtilityKind.Gas, at)));
        Assert.Equal([UtilityKind.Water], opened.Utilities);
    }

    [Fact]
    public void A_remote_acceptance_takes_place_on_photos_where_every_utility_allows_it_until_one_asks_to_see_the_works()
    {
        var at = China("2026-03-02T09:00");
        var application = Application(at);
        var visit = JointVisit.For(application.Id, JointStep.Acceptance, at);
        foreach (var utility in new[] { UtilityKind.Water, UtilityKind.Gas })
        {
            visit.Join(utility, Guid.NewGuid());
            visit.Ready(utility, at);
        }
        visit.OpenForBooking(application, at);
        // By default only the water company accepts on photos: with gas in it, the acceptance is a visit.
        Assert.False(visit.RemoteAllowed(Rules));
        Assert.Throws<IllegalTransitionException>(() => visit.SubmitRemote(application, [Guid.NewGuid()], "zhangsan", Rules, at));

        var both = new JointVisitRules { RemoteAcceptance = [UtilityKind.Water, UtilityKind.Gas] };
        var given = visit.SubmitRemote(application, [Guid.NewGuid(), Guid.NewGuid()], "zhangsan", both, China("2026-03-03T10:00"));
        Assert.Equal((true, China("2026-03-03T10:00"), 2), (given.Remote, given.Start, visit.Evidence.Count));
        Assert.Throws<IllegalTransitionException>(() =>
            visit.Book(application, China("2026-03-04T09:00"), China("2026-03-04T12:00"), "zhangsan", both, China("2026-03-03T10:30")));

        var cancelled = visit.Missed(application, new UtilityVisitMissed(application.Id, UtilityKind.Gas, Guid.NewGuid(), visit.Id, JointStep.Acceptance,
            true, "照片看不清表前阀门", "gas-operator", China("2026-03-03T11:00"), SiteVisitNeeded: true))!;
        Assert.Equal([UtilityKind.Water, UtilityKind.Gas], cancelled.Utilities);
        Assert.Equal((JointVisitStatus.AwaitingBooking, false), (visit.Status, visit.Remote));
        Assert.False(visit.RemoteAllowed(both));
        Assert.Contains(application.Timeline, t => t.Event == "visitMissed" && t.Description.Contains("需到现场验收"));
    }

    private static UtilityVisitRecorded Recorded(JointApplication application, UtilityKind utility, Guid visitId, bool passed, string at) =>
        new(application.Id, utility, Guid.NewGuid(), visitId, JointStep.Acceptance, null, $"{utility}-operator", China(at),
            new AcceptanceResult(passed, passed ? "合格" : "表前阀门未安装"));

    private static JointApplication Application(DateTimeOffset at) =>
        JointApplication.Submit("LH202603020900000001", new Applicant(ApplicantType.Individual, "张三", "张三", "13800138000"),
            "33010619900101123X", "key", new Filer("clerk", "clerk"), new Site("杭州市西湖区文三路 1 号", "330106"),
            new UtilityRequests(Water: new WaterRequest(25, Usage.Residential), Gas: new GasRequest(2.5m, Usage.Residential)), [], at);

    private static DateTimeOffset China(string local) => DateTimeOffset.Parse($"{local}:00+08:00");
}
