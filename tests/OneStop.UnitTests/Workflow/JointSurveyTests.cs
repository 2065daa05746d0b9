using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.Fees;
using OneStop.Contracts.JointSteps;
using OneStop.Contracts.Utilities;
using OneStop.Intake.JointVisits;
using OneStop.UnitTests.Calendar;
using OneStop.UtilityKernel.Cases;
using OneStop.Fees;
using OneStop.UtilityKernel;
using OneStop.UtilityKernel.Fees;
using OneStop.Workflow;

namespace OneStop.UnitTests.Workflow;

/// <summary>联合踏勘 in a utility's case, and the slots every utility of a visit can attend, on the shipped calendar.</summary>
public sealed class JointSurveyTests
{
    private static readonly WorkingDayCalendar Calendar = ShippedCalendar.New();
    private static readonly StageCatalogues Catalogues = new(Microsoft.Extensions.Options.Options.Create(new WorkflowOptions()));
    private static readonly SurveyFindings NoWorks = new(false, null, null, "具备接入条件 / ready to connect");
    private const string Operator = "water-operator";

    private sealed record Details(string Note);

    /// <summary>No schedule: every quote is empty, and these tests are about the workflow.</summary>
    private static readonly CaseQuotes<Details> NoFees = new(new FeeSchedules([]), new UtilityProfile<Details>(UtilityKind.Water, _ => null, _ => new UtilityRequests()));

    [Fact]
    public void The_survey_that_measures_the_external_line_reprices_the_case_and_says_why()
    {
        var quotes = new CaseQuotes<Details>(FeeSchedules.Load(),
            new UtilityProfile<Details>(UtilityKind.Heat, _ => null, _ => new UtilityRequests(Heat: new HeatRequest(100))));
        var (application, received) = Open(CatalogueKeys.Heat, China("2026-03-02T09:00"), quotes);
        Assert.Equal((100 * 3000L, "externalLineMetres"), (received.Quote!.PayableFen, Assert.Single(received.Quote.Pending)));
        application.VisitScheduled(Booking(application, "2026-03-02T14:00", "2026-03-02T11:00"), Calendar);

        var measured = Assert.Single(application.RecordSurvey(new SurveyFindings(true, 60, "沿文三路", "需新建供热管"), Operator, China("2026-03-02T14:30"), quotes)
            .OfType<UtilityQuoteChanged>());
        Assert.Equal((100 * 3000L + 60 * 50000L, (long?)(100 * 3000L)), (measured.Quote.PayableFen, measured.PreviousPayableFen));
        Assert.Contains("60 米", measured.Because);
        Assert.Empty(application.RecordSurvey(new SurveyFindings(true, 60, "沿文三路", "管径复核"), Operator, China("2026-03-02T14:40"), quotes)
            .OfType<UtilityQuoteChanged>());
        var none = Assert.Single(application.RecordSurvey(NoWorks, Operator, China("2026-03-02T14:50"), quotes).OfType<UtilityQuoteChanged>());
        Assert.Equal((100 * 3000L, 0), (none.Quote.PayableFen, none.Quote.Pending.Count));
        Assert.Same(none.Quote, application.Quote);
    }

    [Fact]
    public void A_survey_that_drops_a_waived_line_tells_intake_though_the_amount_to_pay_stays()
    {
        var quotes = new CaseQuotes<Details>(FeeSchedules.Load(),
            new UtilityProfile<Details>(UtilityKind.Water, _ => null, _ => new UtilityRequests(Water: new WaterRequest(25, Usage.Residential))));
        var (application, received) = Open(CatalogueKeys.Water, China("2026-03-02T09:00"), quotes);
        Assert.Contains(received.Quote!.Lines, line => line is { Code: "water-external-pipe", AmountFen: null, WaivedBy: "water-outside-red-line" });
        application.VisitScheduled(Booking(application, "2026-03-02T14:00", "2026-03-02T11:00"), Calendar);

        var changed = Assert.Single(application.RecordSurvey(NoWorks, Operator, China("2026-03-02T14:30"), quotes).OfType<UtilityQuoteChanged>());

        Assert.Equal(("water-connection", 25 * 8000L, (long?)(25 * 8000L)), (Assert.Single(changed.Quote.Lines).Code, changed.Quote.PayableFen, changed.PreviousPayableFen));
    }

    [Fact]
    public void A_survey_stage_stands_until_the_booking_and_completes_only_after_the_visit_with_its_findings()
    {
        var (application, received) = Open(CatalogueKeys.Water, China("2026-03-02T09:00"));
        Assert.Equal([JointStep.Survey, JointStep.Acceptance], received.JointSteps);
        Assert.Equal(PauseKind.VisitBooking, received.AcceptanceStarted!.State.ClockPausedFor);
        Assert.Null(received.AcceptanceStarted.State.DueAt);
        Assert.Throws<IllegalTransitionException>(() => application.RecordSurvey(NoWorks, Operator, China("2026-03-02T10:00"), NoFees));

        // Booked at 11:00 for 14:00: the clock runs from the booking, one working day.
        var resumed = Assert.IsType<UtilityClockResumed>(Assert.Single(application.VisitScheduled(Booking(application, "2026-03-02T14:00", "2026-03-02T11:00"), Calendar)));
        Assert.Equal((PauseKind.VisitBooking, China("2026-03-03T11:00")), (resumed.PausedFor, resumed.State.DueAt));
        Assert.Empty(application.VisitScheduled(Booking(application, "2026-03-02T14:00", "2026-03-02T11:00"), Calendar));

        var refused = Assert.Throws<IllegalTransitionException>(() => application.Accept(Operator, Calendar, China("2026-03-02T12:00")));
        Assert.Contains("联合踏勘", refused.Message);
        Assert.Throws<IllegalTransitionException>(() => application.RecordSurvey(NoWorks, Operator, China("2026-03-02T13:59"), NoFees));

        var works = new SurveyFindings(true, 120, "沿文三路人行道下敷设 / under the pavement of Wensan Road", "需新建 DN100 进水管 / a new DN100 main");
        var recorded = Assert.IsType<UtilityVisitRecorded>(Assert.Single(application.RecordSurvey(works, Operator, China("2026-03-02T14:30"), NoFees)));
        Assert.Equal((120, "water-operator"), (recorded.Findings!.ExternalWorksMetres, recorded.RecordedBy));
        var completed = application.Accept(Operator, Calendar, China("2026-03-02T16:00")).OfType<UtilityStageCompleted>().Single();
        // 11:00 to 16:00: five of the day's 24 hours; the wait for the booking is the applicant's.
        Assert.Equal(5 / 24.0, completed.WorkingDays, precision: 4);
        Assert.Throws<IllegalTransitionException>(() => application.RecordSurvey(NoWorks, Operator, China("2026-03-02T16:30"), NoFees));
    }

    [Fact]
    public void A_high_voltage_supply_plan_booked_before_it_starts_runs_at_once_and_one_not_yet_booked_stands()
    {
        var (booked, _) = Open(CatalogueKeys.ElectricityHighVoltageSingleSource, China("2026-03-02T09:00"));
        booked.VisitScheduled(Booking(booked, "2026-03-03T09:00", "2026-03-02T09:30"), Calendar);
        var started = booked.Accept(Operator, Calendar, China("2026-03-02T10:00")).OfType<UtilityStageStarted>().Single();
        Assert.Equal(("supply-plan", null), (started.Stage.Code, started.State.ClockPausedFor));

        var (unbooked, _) = Open(CatalogueKeys.ElectricityHighVoltageSingleSource, China("2026-03-02T09:00"));
        var waiting = unbooked.Accept(Operator, Calendar, China("2026-03-02T10:00")).OfType<UtilityStageStarted>().Single();
        Assert.Equal((PauseKind.VisitBooking, null), (waiting.State.ClockPausedFor, waiting.State.DueAt));
    }

    [Fact]
    public void A_visit_the_applicant_missed_stands_the_clock_again_and_one_the_utility_missed_does_not()
    {
        var (application, _) = Open(CatalogueKeys.Water, China("2026-03-02T09:00"));
        var booking = Booking(application, "2026-03-02T14:00", "2026-03-02T10:00");
        application.VisitScheduled(booking, Calendar);
        Assert.Throws<IllegalTransitionException>(() =>
            application.ReportVisitMissed(JointStep.Survey, missedByApplicant: true, "无人", Operator, Calendar, China("2026-03-02T13:00")));

        var events = application.ReportVisitMissed(JointStep.Survey, missedByApplicant: true, "现场无人 / nobody there", Operator, Calendar, China("2026-03-02T14:40"));
        var missed = Assert.IsType<UtilityVisitMissed>(events[0]);
        Assert.Equal((booking.VisitId, true), (missed.VisitId, missed.MissedByApplicant));
        Assert.Equal(PauseKind.VisitBooking, Assert.IsType<UtilityClockPaused>(events[1]).State.ClockPausedFor);
        Assert.Null(application.VisitFor(JointStep.Survey));
        // Intake's cancellation, relayed to every utility in the visit, finds this one done already.
        Assert.Empty(application.VisitCancelled(booking.VisitId, JointStep.Survey, true, Calendar, China("2026-03-02T14:41")));

        application.VisitScheduled(Booking(application, "2026-03-03T09:00", "2026-03-02T16:00"), Calendar);
        var again = application.ReportVisitMissed(JointStep.Survey, missedByApplicant: false, "勘查车辆故障 / our van broke down", Operator, Calendar, China("2026-03-03T09:30"));
        Assert.IsType<UtilityVisitMissed>(Assert.Single(again));
        Assert.True(application.CurrentStage!.ClockRunning);
    }

    [Fact]
    public void After_a_survey_that_found_external_works_the_next_stage_stands_until_the_departments_let_the_works_start()
    {
        var (application, _) = Open(CatalogueKeys.Water, China("2026-03-02T09:00"));
        application.VisitScheduled(Booking(application, "2026-03-02T14:00", "2026-03-02T10:00"), Calendar);
        application.RecordSurvey(new SurveyFindings(true, 120, "沿文三路", "需新建进水管", [RouteFeature.RoadExcavation]), Operator, China("2026-03-02T14:30"), NoFees);
        application.Accept(Operator, Calendar, China("2026-03-02T16:00"));
        // The customer declares its works before the trench is approved.
        var started = application.CustomerWorksCompleted("完工", Calendar, China("2026-03-02T16:30")).OfType<UtilityStageStarted>().Single();
        Assert.Equal(("inspection-turn-on", PauseKind.WorksApproval), (started.Stage.Code, started.State.ClockPausedFor));

        Assert.Contains("联合审批", Assert.Throws<IllegalTransitionException>(() =>
            application.Complete("inspection-turn-on", new Dictionary<string, string>(), Operator, Calendar, China("2026-03-03T10:00"))).Message);
        // Once every utility has recorded, the findings the approval was filed on are final.
        application.VisitCompleted(new JointVisitCompleted(application.JointApplicationId, application.VisitFor(JointStep.Survey)!.Id, JointStep.Survey,
            [application.Utility], China("2026-03-02T15:00")));

        var approvalId = Guid.NewGuid();
        Assert.Empty(application.WorksApprovalDecided(Decided(application, approvalId, 1, ExternalWorksApprovalStatus.Rejected, "2026-03-04T10:00"), Calendar));
        Assert.Equal((ExternalWorksApprovalStatus.Rejected, "不得开挖"), (application.WorksApproval!.Status, application.WorksApproval.Reason));
        Assert.False(application.CurrentStage!.ClockRunning);

        var approved = Decided(application, approvalId, 2, ExternalWorksApprovalStatus.Approved, "2026-03-06T10:00");
        var events = application.WorksApprovalDecided(approved, Calendar);
        // Approved, the stage waits for nothing but the joint acceptance's booking: intake hears this utility is ready for it.
        var resumed = Assert.IsType<UtilityClockResumed>(events[0]);
        Assert.Equal((PauseKind.WorksApproval, PauseKind.VisitBooking), (resumed.PausedFor, resumed.State.ClockPausedFor));
        Assert.Equal(JointStep.Acceptance, Assert.IsType<UtilityReadyForVisit>(Assert.Single(events.Skip(1))).Step);
        // The stage's two working days run from the booking, the departments' and the applicant's time left out.
        var booked = application.VisitScheduled(Booking(application, "2026-03-09T14:00", "2026-03-06T11:00", JointStep.Acceptance), Calendar);
        Assert.Equal(China("2026-03-10T11:00"), Assert.IsType<UtilityClockResumed>(Assert.Single(booked)).State.DueAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2026, 3, 9), application.WorksApproval!.WorksFrom);
        Assert.Empty(application.WorksApprovalDecided(approved, Calendar));
        Assert.Empty(application.WorksApprovalDecided(Decided(application, approvalId, 1, ExternalWorksApprovalStatus.Rejected, "2026-03-04T10:00"), Calendar));
    }

    [Fact]
    public void The_inspection_waits_for_the_joint_acceptance_and_works_that_fail_become_a_correction_inspected_again_alone()
    {
        var (application, received) = Open(CatalogueKeys.Gas, China("2026-03-02T09:00"));
        Assert.Equal([JointStep.Survey, JointStep.Acceptance], received.JointSteps);
        application.VisitScheduled(Booking(application, "2026-03-02T14:00", "2026-03-02T10:00"), Calendar);
        application.RecordSurvey(NoWorks, Operator, China("2026-03-02T14:30"), NoFees);
        Assert.Empty(application.Accept(Operator, Calendar, China("2026-03-02T16:00")).OfType<UtilityReadyForVisit>());

        // Declared: the inspection stands for the booking, and intake hears this utility is ready for the joint acceptance.
        var declared = application.CustomerWorksCompleted("内部工程已竣工", Calendar, China("2026-03-02T16:30"));
        Assert.Equal((JointStep.Acceptance, China("2026-03-02T16:30")), (Assert.Single(declared.OfType<UtilityReadyForVisit>()).Step,
            declared.OfType<UtilityReadyForVisit>().Single().ReadyAt));
        Assert.Throws<IllegalTransitionException>(() => application.RecordAcceptance(new AcceptanceResult(true, "合格"), Operator, Calendar, China("2026-03-03T10:00")));
        application.VisitScheduled(Booking(application, "2026-03-03T14:00", "2026-03-03T09:00", JointStep.Acceptance), Calendar);
        Assert.True(application.CurrentStage!.ClockRunning);
        Assert.Contains("联合验收", Assert.Throws<IllegalTransitionException>(() =>
            application.Complete("inspection-turn-on", new Dictionary<string, string>(), Operator, Calendar, China("2026-03-03T15:00"))).Message);

        var failed = application.RecordAcceptance(new AcceptanceResult(false, "表前阀门未安装"), Operator, Calendar, China("2026-03-03T14:30"));
        Assert.False(Assert.IsType<UtilityVisitRecorded>(failed[0]).Acceptance!.Passed);
        Assert.Contains("表前阀门未安装", Assert.IsType<UtilityCorrectionRequested>(failed[1]).Needed);
        Assert.Equal(UtilityCaseStatus.AwaitingCorrection, application.Status);
        Assert.Throws<IllegalTransitionException>(() => application.RecordAcceptance(new AcceptanceResult(true, "合格"), Operator, Calendar, China("2026-03-03T15:00")));

        var correction = application.Pauses.Single(p => p.Kind == PauseKind.Correction);
        application.AnswerCorrection(correction.Id, "阀门已安装", null, Calendar, China("2026-03-04T09:00"));
        Assert.Single(application.RecordAcceptance(new AcceptanceResult(true, "复验合格"), Operator, Calendar, China("2026-03-04T10:00")));
        Assert.Throws<IllegalTransitionException>(() => application.RecordAcceptance(new AcceptanceResult(false, "改判"), Operator, Calendar, China("2026-03-04T10:30")));
        Assert.Contains(application.Complete("inspection-turn-on", new Dictionary<string, string>
        {
            ["inspectionResult"] = "passed", ["meterNumber"] = "G-1", ["turnedOnAt"] = "2026-03-04T11:00:00+08:00",
        }, Operator, Calendar, China("2026-03-04T11:00")), e => e is UtilityConnected);
    }

    [Fact]
    public void A_remote_acceptance_the_inspector_cannot_judge_on_photos_turns_into_a_visit_and_the_clock_stands_again()
    {
        var (application, _) = Open(CatalogueKeys.Water, China("2026-03-02T09:00"));
        application.VisitScheduled(Booking(application, "2026-03-02T14:00", "2026-03-02T10:00"), Calendar);
        application.RecordSurvey(NoWorks, Operator, China("2026-03-02T14:30"), NoFees);
        application.Accept(Operator, Calendar, China("2026-03-02T16:00"));
        Declared(application);
        var photos = new JointVisitScheduled(application.JointApplicationId, Guid.NewGuid(), JointStep.Acceptance, China("2026-03-03T09:00"),
            China("2026-03-03T09:00"), [application.Utility], China("2026-03-03T09:00"), Remote: true);
        application.VisitScheduled(photos, Calendar);
        Assert.True(application.CurrentStage!.ClockRunning);
        Assert.Throws<IllegalTransitionException>(() =>
            application.ReportVisitMissed(JointStep.Acceptance, missedByApplicant: true, "?", Operator, Calendar, China("2026-03-03T10:00")));

        var asked = application.AskForSiteVisit("照片看不清表前阀门", Operator, Calendar, China("2026-03-03T10:00"));
        Assert.True(Assert.IsType<UtilityVisitMissed>(asked[0]).SiteVisitNeeded);
        Assert.Equal(PauseKind.VisitBooking, Assert.IsType<UtilityClockPaused>(asked[1]).PausedFor);
        Assert.Null(application.VisitFor(JointStep.Acceptance));
        Assert.Throws<IllegalTransitionException>(() => application.AskForSiteVisit("again", Operator, Calendar, China("2026-03-03T10:30")));
    }

    [Fact]
    public void A_stage_after_a_survey_without_external_works_or_with_its_approval_in_hand_runs_at_once()
    {
        var (without, _) = Open(CatalogueKeys.Water, China("2026-03-02T09:00"));
        without.VisitScheduled(Booking(without, "2026-03-02T14:00", "2026-03-02T10:00"), Calendar);
        without.RecordSurvey(NoWorks, Operator, China("2026-03-02T14:30"), NoFees);
        without.Accept(Operator, Calendar, China("2026-03-02T16:00"));
        // It waits for nothing but the joint acceptance's booking.
        Assert.Equal(PauseKind.VisitBooking, Declared(without).State.ClockPausedFor);

        var (approved, _) = Open(CatalogueKeys.Gas, China("2026-03-02T09:00"));
        approved.VisitScheduled(Booking(approved, "2026-03-02T14:00", "2026-03-02T10:00"), Calendar);
        approved.RecordSurvey(new SurveyFindings(true, 150, "沿文三路", "需新建引入管", [RouteFeature.RoadOccupation]), Operator, China("2026-03-02T14:30"), NoFees);
        approved.WorksApprovalDecided(Decided(approved, Guid.NewGuid(), 1, ExternalWorksApprovalStatus.CommitmentFiled, "2026-03-02T15:00"), Calendar);
        approved.Accept(Operator, Calendar, China("2026-03-02T16:00"));
        Assert.Equal(PauseKind.VisitBooking, Declared(approved).State.ClockPausedFor);
    }

    private static ExternalWorksApprovalDecided Decided(UtilityApplication<Details> application, Guid approvalId, int round, ExternalWorksApprovalStatus outcome, string at) =>
        outcome == ExternalWorksApprovalStatus.Rejected
            ? new(application.JointApplicationId, approvalId, round, outcome, [application.Utility], null, null, Department.Greening, "不得开挖", China(at))
            : new(application.JointApplicationId, approvalId, round, outcome, [application.Utility], new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 20), null, null, China(at));

    [Fact]
    public void Slots_are_offered_on_working_days_of_the_window_with_notice_and_skip_the_national_day_holiday()
    {
        var rules = new JointVisitRules();
        var water = SurveyorAvailability.Default(UtilityKind.Water, rules);
        var slots = VisitSlots.Common([water], new Dictionary<(UtilityKind, DateTimeOffset), int>(), Calendar, rules, China("2026-09-30T10:00"));
        // Three working days after Wednesday 30 September: Thursday 8, Friday 9 and Saturday 10 October (调休).
        Assert.Equal(["2026-09-30 14:00", "2026-10-08 09:00", "2026-10-08 14:00", "2026-10-09 09:00", "2026-10-09 14:00", "2026-10-10 09:00", "2026-10-10 14:00"],
            slots.Select(s => s.Start.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm")));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(3), s.End - s.Start));
    }

    [Fact]
    public void Common_slots_are_those_every_utility_offers_with_a_surveyor_free_and_end_when_the_first_must_leave()
    {
        var rules = new JointVisitRules { WindowWorkingDays = 1 };
        var water = SurveyorAvailability.Set(UtilityKind.Water, ["09:00", "14:00"], 3, 1, "water-supervisor", China("2026-03-01T09:00"));
        var gas = SurveyorAvailability.Set(UtilityKind.Gas, ["14:00", "09:00"], 2, 2, "gas-supervisor", China("2026-03-01T09:00"));
        var electricity = SurveyorAvailability.Set(UtilityKind.Electricity, ["08:00", "14:00"], 4, 5, "electricity-supervisor", China("2026-03-01T09:00"));
        var booked = new Dictionary<(UtilityKind, DateTimeOffset), int> { [(UtilityKind.Water, China("2026-03-03T14:00"))] = 1 };

        var slots = VisitSlots.Common([water, gas, electricity], booked, Calendar, rules, China("2026-03-02T08:00"));

        // Monday 2 March (today) and Tuesday 3 March: the electricity company goes out at 08:00, not 09:00, and the water
        // company's only surveyor is out on Tuesday afternoon. The gas company's surveyors stay two hours.
        Assert.Equal([(China("2026-03-02T14:00"), China("2026-03-02T16:00"))], slots);
        Assert.Empty(VisitSlots.Common([water, SurveyorAvailability.Set(UtilityKind.Gas, ["10:00"], 2, 2, "gas-supervisor", default)],
            booked, Calendar, rules, China("2026-03-02T08:00")));
    }

    [Theory]
    [InlineData(new[] { "09:00", "10:00" }, 2, 4, "slots must not overlap")]
    [InlineData(new[] { "06:00" }, 2, 4, "07:00 and 20:00")]
    [InlineData(new[] { "19:00" }, 2, 4, "07:00 and 20:00")]
    [InlineData(new[] { "9:00" }, 2, 4, "times such as 09:00")]
    [InlineData(new[] { "09:00" }, 5, 4, "1 to 4 hours")]
    [InlineData(new[] { "09:00" }, 2, 101, "0 to 100 visits")]
    public void Surveyor_hours_outside_the_rules_are_refused(string[] starts, int hours, int capacity, string problem) =>
        Assert.Contains(SurveyorAvailability.Problems(starts, hours, capacity), p => p.Contains(problem));

    private static JointVisitScheduled Booking(UtilityApplication<Details> application, string start, string bookedAt, JointStep step = JointStep.Survey) =>
        new(application.JointApplicationId, application.VisitFor(step)?.Id ?? Guid.NewGuid(), step, China(start), China(start).AddHours(3),
            [application.Utility], China(bookedAt));

    /// <summary>The customer declares its works complete at 16:30 on the day: the stage that inspects them starts.</summary>
    private static UtilityStageStarted Declared(UtilityApplication<Details> application) =>
        application.CustomerWorksCompleted("内部工程已竣工", Calendar, China("2026-03-02T16:30")).OfType<UtilityStageStarted>().Single();

    private static (UtilityApplication<Details> Case, UtilityApplicationReceived Received) Open(string key, DateTimeOffset at, CaseQuotes<Details>? quotes = null)
    {
        var joint = new JointApplicationSubmitted(Guid.NewGuid(), "LH202603020000000001", at, "key",
            new Applicant(ApplicantType.Enterprise, "杭州示例科技有限公司", "王经理", "13800138000"), new Site("杭州市西湖区文三路 1 号", "330106"),
            new UtilityRequests(null, null, null, null, null));
        return UtilityApplication<Details>.Receive(joint, CatalogueKeys.UtilityOf(key), new Details("-"), Catalogues.For(key, "330106"),
            (quotes ?? NoFees).For(joint.Applicant, joint.Site, new Details("-"), at), Calendar, at);
    }

    private static DateTimeOffset China(string local) => DateTimeOffset.Parse($"{local}:00+08:00");
}
