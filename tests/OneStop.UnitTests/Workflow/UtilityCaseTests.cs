using OneStop.Calendar;
using OneStop.UtilityKernel.Cases;
using OneStop.Contracts;
using OneStop.Testing;
using OneStop.UnitTests.Calendar;
using OneStop.UtilityKernel;
using OneStop.Fees;
using OneStop.UtilityKernel.Fees;
using OneStop.Workflow;
using OneStop.Contracts.Utilities;
using OneStop.Contracts.JointSteps;

namespace OneStop.UnitTests.Workflow;

/// <summary>A utility case's workflow on the shipped calendar: stages in order, deadlines, pauses, alarms, and what is refused.</summary>
public sealed class UtilityCaseTests
{
    private static readonly WorkingDayCalendar Calendar = ShippedCalendar.New();
    private static readonly StageCatalogues Catalogues = new(Microsoft.Extensions.Options.Options.Create(new WorkflowOptions()));
    private const string Operator = "electricity-operator";

    private sealed record Details(string Note);

    /// <summary>No schedule: every quote is empty, and these tests are about the workflow.</summary>
    private static readonly CaseQuotes<Details> NoFees = new(new FeeSchedules([]), new UtilityProfile<Details>(UtilityKind.Water, _ => null, _ => new UtilityRequests()));

    public static TheoryData<string> CatalogueKeys => new(DefaultCatalogues.All.Select(c => c.Key));

    [Theory]
    [MemberData(nameof(CatalogueKeys))]
    public void Every_catalogue_runs_from_acceptance_to_connected_on_time(string key)
    {
        var at = China("2026-03-02T09:00");
        var (application, received) = Open(key, at);
        var all = new List<object> { received.AcceptanceStarted! };

        all.AddRange(application.Accept(Operator, Calendar, at = at.AddHours(2)));
        while (!application.IsClosed)
        {
            at = at.AddHours(3);
            if (application.Status == UtilityCaseStatus.AwaitingCustomerWorks)
            {
                all.AddRange(application.CustomerWorksCompleted("内部工程已完工 / works done", Calendar, at = at.AddDays(20)));
                continue;
            }
            var stage = application.CurrentStage!;
            Inspected(application, at);
            all.AddRange(application.Complete(stage.Code, DataFor(stage.Code, at), Operator, Calendar, at));
        }

        Assert.Equal(UtilityCaseStatus.Connected, application.Status);
        Assert.All(application.Stages, s => Assert.True(s.OnTime, $"{s.Code} took {s.WorkingDays} of {s.LimitWorkingDays} working days"));
        var catalogue = Catalogues.For(key, "330106");
        Assert.Equal(catalogue.Stages.Count, all.OfType<UtilityStageCompleted>().Count());
        // Every stage starts once: those awaiting the customer's works on the declaration.
        Assert.Equal(catalogue.Stages.Select(s => s.Code), all.OfType<UtilityStageStarted>().Select(e => e.Stage.Code));
        var connected = Assert.Single(all.OfType<UtilityConnected>());
        Assert.True(connected.OnTime);
        Assert.Equal(at, connected.State.ForecastCompletion);
        var sequences = all.OfType<IUtilityCaseEvent>().Select(e => e.State.Sequence).Distinct().ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public void A_correction_over_mid_autumn_and_national_day_stops_the_clock_and_moves_the_deadline_by_working_days()
    {
        var (application, _) = Open(Contracts_HighVoltage, China("2026-09-23T09:00"));
        application.Accept(Operator, Calendar, China("2026-09-23T10:00"));
        var supplyPlan = application.CurrentStage!;
        // 15 working days from Wednesday 23 September, 10:00: the holidays of 25–27 September and 1–7 October do not
        // count, Saturday 10 October (调休) does.
        Assert.Equal(China("2026-10-21T10:00"), supplyPlan.DueAt);

        var requested = Assert.IsType<UtilityCorrectionRequested>(Assert.Single(
            application.RequestCorrection("请补充用电设备清单 / list the equipment", Operator, Calendar, China("2026-09-24T10:00"))));
        Assert.Null(supplyPlan.DueAt);
        Assert.Null(requested.State.DueAt);

        var resumed = Assert.IsType<UtilityClockResumed>(Assert.Single(
            application.AnswerCorrection(requested.CorrectionId, "已补充 / attached", null, Calendar, China("2026-10-09T10:00"))));
        // One working day was used before the pause; 14 remain from Friday 9 October, 10:00.
        Assert.Equal(China("2026-10-28T10:00"), resumed.State.DueAt);
        Assert.Equal(UtilityCaseStatus.InProgress, resumed.State.Status);

        var completed = application.Complete("supply-plan", DataFor("supply-plan", default), Operator, Calendar, China("2026-10-12T10:00"))
            .OfType<UtilityStageCompleted>().Single();
        // Thursday 24 Sep 10:00 → pause; Fri 9 Oct 10:00 → Mon 12 Oct 10:00 is 14/24 + 1 (Saturday 10th) + 10/24.
        Assert.Equal(3.0, completed.WorkingDays, precision: 6);
        Assert.True(completed.OnTime);
    }

    [Fact]
    public void The_customer_works_pause_the_case_until_declared_and_then_start_the_inspection()
    {
        var (application, _) = Open(Contracts_HighVoltage, China("2026-03-02T09:00"));
        application.Accept(Operator, Calendar, China("2026-03-02T10:00"));

        var events = application.Complete("supply-plan", DataFor("supply-plan", default), Operator, Calendar, China("2026-03-05T10:00"));

        Assert.Equal(UtilityCaseStatus.AwaitingCustomerWorks, application.Status);
        Assert.Null(Assert.Single(events.OfType<UtilityStageCompleted>()).State.ForecastCompletion);
        Assert.Empty(events.OfType<UtilityStageStarted>());
        Assert.Empty(application.RaiseAlarms(Calendar, China("2026-12-31T00:00")));

        var started = Assert.IsType<UtilityStageStarted>(Assert.Single(application.CustomerWorksCompleted(null, Calendar, China("2026-06-01T09:00"))));
        Assert.Equal("completion-inspection", started.Stage.Code);
        Assert.Equal(China("2026-06-04T09:00"), started.State.DueAt);
        // Inspection ends at 3 + energising 2 working days (no holiday in between).
        Assert.Equal(China("2026-06-08T09:00"), started.State.ForecastCompletion);
        Assert.Equal(PauseKind.CustomerWorks, Assert.Single(application.Pauses).Kind);
    }

    public static TheoryData<string, string> IllegalActions => new()
    {
        { "received", "complete-acceptance" },
        { "accepted", "accept" },
        { "accepted", "complete-wrong-stage" },
        { "awaiting-correction", "correction" },
        { "awaiting-correction", "complete-current" },
        { "awaiting-correction", "accept" },
        { "awaiting-customer-works", "complete-current" },
        { "awaiting-customer-works", "correction" },
        { "rejected", "accept" },
        { "rejected", "reject" },
        { "rejected", "correction" },
        { "connected", "complete-current" },
        { "connected", "reject" },
    };

    [Theory]
    [MemberData(nameof(IllegalActions))]
    public void An_action_the_state_does_not_allow_is_refused_and_changes_nothing(string state, string action)
    {
        var application = InState(state, out var at);
        var before = (application.Status, application.Version, application.CurrentStage?.Code, application.Pauses.Count);

        var refused = Assert.Throws<IllegalTransitionException>(() => Act(application, action, at.AddHours(1)));

        Assert.Contains(" / ", refused.Message);
        Assert.Equal(before, (application.Status, application.Version, application.CurrentStage?.Code, application.Pauses.Count));
    }

    [Fact]
    public void Due_soon_and_overdue_are_each_raised_once_per_stage()
    {
        var start = China("2026-03-02T09:00"); // Monday; acceptance is 1 working day
        var (application, _) = Open(Contracts_HighVoltage, start);

        Assert.Empty(application.RaiseAlarms(Calendar, start.AddHours(12)));
        var dueSoon = Assert.IsType<UtilityStageDueSoon>(Assert.Single(application.RaiseAlarms(Calendar, start.AddHours(20))));
        Assert.Equal(start.AddDays(1), dueSoon.DueAt);
        Assert.Empty(application.RaiseAlarms(Calendar, start.AddHours(21)));
        Assert.IsType<UtilityStageOverdue>(Assert.Single(application.RaiseAlarms(Calendar, start.AddHours(25))));
        Assert.Empty(application.RaiseAlarms(Calendar, start.AddDays(30)));

        // The next stage has alarms of its own; a check that comes late raises both at once.
        application.Accept(Operator, Calendar, start.AddDays(2));
        Assert.Equal([typeof(UtilityStageDueSoon), typeof(UtilityStageOverdue)], application.RaiseAlarms(Calendar, start.AddDays(60)).Select(e => e.GetType()));
    }

    [Fact]
    public void A_deadline_into_an_unpublished_year_is_provisional_and_moves_once_when_the_schedule_is_installed()
    {
        var calendar = ShippedCalendar.New();
        var (application, _) = Open(OneStop.Workflow.CatalogueKeys.ElectricityHighVoltageDualSource, China("2026-12-01T09:00"), calendar);
        var started = application.Accept(Operator, calendar, China("2026-12-01T10:00")).OfType<UtilityStageStarted>().Single();

        // 30 working days from Tuesday 1 December: 22.6 in December, 元旦 off, then to Wednesday 13 January.
        var stage = application.CurrentStage!;
        Assert.Equal(China("2027-01-13T10:00"), stage.DueAt);
        Assert.Equal(CalendarKind.Provisional, started.State.DueCalendar!.Calendar);
        Assert.Null(started.State.ForecastCompletion); // the customer's own works lie ahead
        Assert.True(application.CountedProvisionally);
        Assert.Null(application.Recompute(calendar, China("2026-12-02T10:00")));

        // The made-up 2027 schedule gives Monday 4 January off too: the deadline moves one working day, once.
        calendar.Install(CalendarFiles.Parse(TestHolidaySchedules.Csv2027, 2027, "test"));
        var version = application.Version;
        var recomputed = application.Recompute(calendar, China("2026-12-02T10:00"))!;

        Assert.Equal(China("2027-01-13T10:00"), recomputed.PreviousDueAt);
        Assert.Equal(China("2027-01-14T10:00"), recomputed.State.DueAt);
        Assert.True(recomputed.DeadlineMoved);
        Assert.Equal(CalendarKind.Official, recomputed.DueCalendar.Calendar);
        Assert.Contains(TestHolidaySchedules.Notice2027, recomputed.DueCalendar.Notices);
        Assert.Equal(version + 1, recomputed.State.Sequence);
        Assert.False(application.CountedProvisionally);
        Assert.Null(application.Recompute(calendar, China("2026-12-02T10:01")));
        Assert.Equal(30.0, calendar.WorkingDaysBetween(China("2026-12-01T10:00"), application.CurrentStage!.DueAt!.Value), precision: 9);
    }

    [Fact]
    public void An_alarm_raised_on_a_provisional_date_that_the_schedule_moves_later_is_raised_again_at_the_new_date()
    {
        var calendar = ShippedCalendar.New();
        // Acceptance, 1 working day from Thursday 31 December 09:00: 元旦 is off, so due Monday 4 January 09:00, due soon at 04:12.
        var (application, _) = Open(Contracts_HighVoltage, China("2026-12-31T09:00"), calendar);
        Assert.IsType<UtilityStageDueSoon>(Assert.Single(application.RaiseAlarms(calendar, China("2027-01-04T05:00"))));

        calendar.Install(CalendarFiles.Parse(TestHolidaySchedules.Csv2027, 2027, "test"));
        var recomputed = application.Recompute(calendar, China("2027-01-04T06:00"))!;

        Assert.Equal(China("2027-01-05T09:00"), recomputed.State.DueAt);
        Assert.Null(application.CurrentStage!.DueSoonRaisedAt);
        Assert.Empty(application.RaiseAlarms(calendar, China("2027-01-04T07:00")));
        var again = Assert.IsType<UtilityStageDueSoon>(Assert.Single(application.RaiseAlarms(calendar, China("2027-01-05T05:00"))));
        Assert.Equal(China("2027-01-05T09:00"), again.DueAt);
        Assert.Equal(CalendarKind.Official, again.DueCalendar!.Calendar);
    }

    [Fact]
    public void An_answer_to_a_correction_that_is_not_open_changes_nothing()
    {
        var application = InState("awaiting-correction", out var at);
        var version = application.Version;

        Assert.Empty(application.AnswerCorrection(Guid.NewGuid(), "?", null, Calendar, at));
        Assert.Empty(application.CustomerWorksCompleted(null, Calendar, at));
        Assert.Equal((UtilityCaseStatus.AwaitingCorrection, version), (application.Status, application.Version));
    }

    private const string Contracts_HighVoltage = OneStop.Workflow.CatalogueKeys.ElectricityHighVoltageSingleSource;

    private static (UtilityApplication<Details> Case, UtilityApplicationReceived Received) Open(string key, DateTimeOffset at, WorkingDayCalendar? calendar = null)
    {
        var joint = new JointApplicationSubmitted(Guid.NewGuid(), "LH202603020000000001", at, "key",
            new Applicant(ApplicantType.Enterprise, "杭州示例科技有限公司", "王经理", "13800138000"), new Site("杭州市西湖区文三路 1 号", "330106"),
            new UtilityRequests(null, null, null, null, null));
        var opened = UtilityApplication<Details>.Receive(joint, UtilityKind.Electricity, new Details("-"), Catalogues.For(key, "330106"),
            NoFees.For(joint.Applicant, joint.Site, new Details("-"), at), calendar ?? Calendar, at);
        Visited(opened.Case, at, calendar ?? Calendar);
        return opened;
    }

    /// <summary>
    /// The joint visits booked for the moment the case opened, the survey recorded then (the acceptance when its stage
    /// comes, by <see cref="Inspected"/>): these tests are about the rest of the workflow.
    /// </summary>
    private static void Visited(UtilityApplication<Details> application, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        foreach (var step in application.JointSteps)
            application.VisitScheduled(new JointVisitScheduled(application.JointApplicationId, Guid.NewGuid(), step, at, at.AddHours(3),
                [application.Utility], at), calendar);
        if (application.JointSteps.Contains(JointStep.Survey))
            application.RecordSurvey(new SurveyFindings(false, null, null, "具备接入条件 / ready to connect"), Operator, at, NoFees);
    }

    private static void Inspected(UtilityApplication<Details> application, DateTimeOffset at)
    {
        if (application.CurrentStage is { Joint: JointStep.Acceptance })
            application.RecordAcceptance(new AcceptanceResult(true, "合格 / passed"), Operator, Calendar, at);
    }

    private static UtilityApplication<Details> InState(string state, out DateTimeOffset at)
    {
        at = China("2026-03-02T09:00");
        var (application, _) = Open(Contracts_HighVoltage, at);
        if (state == "received")
            return application;
        application.Accept(Operator, Calendar, at = at.AddHours(1));
        switch (state)
        {
            case "awaiting-correction":
                application.RequestCorrection("请补充 / more please", Operator, Calendar, at = at.AddHours(1));
                break;
            case "awaiting-customer-works":
                application.Complete("supply-plan", DataFor("supply-plan", at), Operator, Calendar, at = at.AddHours(1));
                break;
            case "rejected":
                application.Reject("不符合条件 / not eligible", Operator, Calendar, at = at.AddHours(1));
                break;
            case "connected":
                application.Complete("supply-plan", DataFor("supply-plan", at), Operator, Calendar, at = at.AddHours(1));
                application.CustomerWorksCompleted(null, Calendar, at = at.AddHours(1));
                Inspected(application, at);
                application.Complete("completion-inspection", DataFor("completion-inspection", at), Operator, Calendar, at = at.AddHours(1));
                application.Complete("metering-energising", DataFor("metering-energising", at), Operator, Calendar, at = at.AddHours(1));
                break;
        }
        return application;
    }

    private static IReadOnlyList<object> Act(UtilityApplication<Details> application, string action, DateTimeOffset at) => action switch
    {
        "accept" => application.Accept(Operator, Calendar, at),
        "reject" => application.Reject("再次驳回 / again", Operator, Calendar, at),
        "correction" => application.RequestCorrection("再补正 / again", Operator, Calendar, at),
        "complete-acceptance" => application.Complete("acceptance", DataFor("acceptance", at), Operator, Calendar, at),
        "complete-wrong-stage" => application.Complete("metering-energising", DataFor("metering-energising", at), Operator, Calendar, at),
        "complete-current" => application.Complete(application.CurrentStage?.Code ?? "metering-energising", new Dictionary<string, string>(), Operator, Calendar, at),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private static Dictionary<string, string> DataFor(string stageCode, DateTimeOffset at) =>
        StageData.RequiredFields(stageCode).ToDictionary(field => field, field => field switch
        {
            "inspectionResult" => "passed",
            "energisedAt" or "turnedOnAt" => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            _ => $"{field}-value",
        });

    private static DateTimeOffset China(string local) => DateTimeOffset.Parse($"{local}:00+08:00");
}
