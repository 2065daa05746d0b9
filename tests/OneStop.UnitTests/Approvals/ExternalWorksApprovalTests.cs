using OneStop.Approvals.ExternalWorksApprovals;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.UnitTests.Calendar;
using OneStop.Workflow;

namespace OneStop.UnitTests.Approvals;

/// <summary>联合审批: the rule table, parallel reviews on working days, a correction's standing clock, one works window, a rejection and a new round.</summary>
public sealed class ExternalWorksApprovalTests
{
    private static readonly WorkingDayCalendar Calendar = ShippedCalendar.New();
    private static readonly ApprovalRules Rules = new();
    private static readonly ExternalWorks WaterUnderRoad = new(UtilityKind.Water, Guid.NewGuid(), 120, "沿文三路", [RouteFeature.RoadExcavation, RouteFeature.RoadOccupation]);
    private static readonly ExternalWorks GasAcrossGreen = new(UtilityKind.Gas, Guid.NewGuid(), 80, "沿文三路，穿越绿化带", [RouteFeature.GreenSpace]);

    [Theory]
    [InlineData(200, true, false)]
    [InlineData(201, true, true)]
    [InlineData(150, false, true)]
    public void Low_voltage_lines_within_200_m_need_only_a_filed_commitment(int metres, bool lowVoltage, bool permitted)
    {
        var line = new ExternalWorks(UtilityKind.Electricity, Guid.NewGuid(), metres, "沿文三路", [RouteFeature.RoadExcavation], lowVoltage);

        Assert.Equal(!permitted, Rules.OnCommitment(line));
        Assert.Equal(permitted ? [Department.UrbanManagement] : [], Rules.DepartmentsFor([line]));
    }

    [Fact]
    public void The_route_names_the_departments_and_a_long_line_goes_to_planning_too()
    {
        Assert.Equal([Department.UrbanManagement, Department.TrafficPolice, Department.Greening], Rules.DepartmentsFor([WaterUnderRoad, GasAcrossGreen]));
        Assert.Equal([Department.UrbanManagement, Department.TrafficPolice, Department.Planning], Rules.DepartmentsFor([WaterUnderRoad with { Metres = 500 }]));
        Assert.Empty(new ApprovalRules { PlanningFromMetres = null }.DepartmentsFor([WaterUnderRoad with { Metres = 5000, Features = [] }]));
    }

    [Fact]
    public void Works_that_need_no_permit_are_filed_on_commitment_with_their_window_at_once()
    {
        var line = new ExternalWorks(UtilityKind.Electricity, Guid.NewGuid(), 150, "沿文三路", [RouteFeature.RoadExcavation], LowVoltage: true);

        var (approval, events) = File([line], China("2026-03-06T10:00"));

        var filed = Assert.IsType<ExternalWorksApprovalFiled>(events[0]);
        Assert.Empty(filed.DueDates);
        Assert.Equal([UtilityKind.Electricity], filed.OnCommitment);
        var decided = Assert.IsType<ExternalWorksApprovalDecided>(events[1]);
        // Friday: the window opens on Monday and lasts ten working days.
        Assert.Equal((ExternalWorksApprovalStatus.CommitmentFiled, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 20)),
            (decided.Outcome, decided.WorksFrom, decided.WorksUntil));
        Assert.Equal(ExternalWorksApprovalStatus.CommitmentFiled, approval.Status);
    }

    [Fact]
    public void Filed_on_a_saturday_the_window_opens_on_monday_and_the_reviews_are_due_on_the_fifth_working_day()
    {
        var (_, events) = File([WaterUnderRoad], China("2026-03-07T10:00"));

        Assert.All(Assert.IsType<ExternalWorksApprovalFiled>(Assert.Single(events)).DueDates.Values, due => Assert.Equal(new DateOnly(2026, 3, 13), due));
        var line = new ExternalWorks(UtilityKind.Electricity, Guid.NewGuid(), 100, "沿文三路", [], LowVoltage: true);
        var decided = Assert.IsType<ExternalWorksApprovalDecided>(File([line], China("2026-03-07T10:00")).Item2[1]);
        Assert.Equal((new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 20)), (decided.WorksFrom, decided.WorksUntil));
    }

    [Fact]
    public void Departments_decide_in_parallel_a_correction_stops_only_its_clock_and_the_last_approval_gives_everyone_one_window()
    {
        var (approval, events) = File([WaterUnderRoad], China("2026-03-02T10:00"));
        var filed = Assert.IsType<ExternalWorksApprovalFiled>(Assert.Single(events));
        // Five working days each: due the next Monday.
        Assert.Equal([Department.UrbanManagement, Department.TrafficPolice], filed.DueDates.Keys.Order());
        Assert.All(filed.DueDates.Values, due => Assert.Equal(new DateOnly(2026, 3, 9), due));

        var correction = Assert.IsType<ExternalWorksCorrectionRequested>(Assert.Single(
            Decide(approval, Department.TrafficPolice, ReviewDecision.Correct, "请补充占道施工交通组织方案", "2026-03-03T10:00")));
        Assert.Equal((Department.TrafficPolice, "请补充占道施工交通组织方案"), (correction.Department, correction.Needed));
        Assert.Throws<IllegalTransitionException>(() => Decide(approval, Department.TrafficPolice, ReviewDecision.Approve, null, "2026-03-03T11:00"));
        Assert.Empty(Decide(approval, Department.UrbanManagement, ReviewDecision.Approve, null, "2026-03-04T10:00"));
        // Answered two working days later: the four working days that were left run from the answer.
        approval.Answer("已补充交通组织方案 / traffic plan added", Calendar, China("2026-03-05T10:00"));
        Assert.Equal(new DateOnly(2026, 3, 11), approval.ToView().Reviews.Single(r => r.Department == Department.TrafficPolice).DueDate);
        Assert.Throws<IllegalTransitionException>(() => approval.Answer("again", Calendar, China("2026-03-05T11:00")));

        var decided = Assert.IsType<ExternalWorksApprovalDecided>(Assert.Single(Decide(approval, Department.TrafficPolice, ReviewDecision.Approve, null, "2026-03-06T10:00")));
        Assert.Equal((ExternalWorksApprovalStatus.Approved, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 20)), (decided.Outcome, decided.WorksFrom, decided.WorksUntil));
        Assert.Equal([UtilityKind.Water], decided.Utilities);
        Assert.Throws<IllegalTransitionException>(() => Decide(approval, Department.UrbanManagement, ReviewDecision.Reject, "late", "2026-03-06T11:00"));
    }

    [Fact]
    public void A_rejection_rejects_the_trench_for_all_with_its_reason_and_the_revised_route_is_a_new_round()
    {
        var (approval, _) = File([WaterUnderRoad, GasAcrossGreen], China("2026-03-02T10:00"));

        var rejected = Assert.IsType<ExternalWorksApprovalDecided>(Assert.Single(Decide(approval, Department.Greening, ReviewDecision.Reject, "该绿地为古树保护范围，不得开挖", "2026-03-03T10:00")));
        Assert.Equal((ExternalWorksApprovalStatus.Rejected, Department.Greening, "该绿地为古树保护范围，不得开挖"), (rejected.Outcome, rejected.RejectedBy, rejected.Reason));
        Assert.Equal([UtilityKind.Water, UtilityKind.Gas], rejected.Utilities);
        Assert.All(approval.ToView().Reviews.Where(r => r.Department != Department.Greening), r => Assert.Equal(ReviewStatus.Closed, r.Status));
        Assert.Throws<IllegalTransitionException>(() => Decide(approval, Department.UrbanManagement, ReviewDecision.Approve, null, "2026-03-03T11:00"));

        var refiled = Assert.IsType<ExternalWorksApprovalFiled>(Assert.Single(approval.Resubmit("改沿文一路人行道，避开绿地", [RouteFeature.RoadOccupation], Rules, Calendar, China("2026-03-04T10:00"))));
        Assert.Equal(2, refiled.Round);
        Assert.Equal([Department.TrafficPolice], refiled.DueDates.Keys);
        Assert.Equal([Department.TrafficPolice], approval.ToView().Reviews.Select(r => r.Department));
        var approved = Assert.IsType<ExternalWorksApprovalDecided>(Assert.Single(Decide(approval, Department.TrafficPolice, ReviewDecision.Approve, null, "2026-03-04T15:00")));
        Assert.Equal((ExternalWorksApprovalStatus.Approved, 2), (approved.Outcome, approved.Round));
        Assert.Throws<IllegalTransitionException>(() => approval.Resubmit("again", [], Rules, Calendar, China("2026-03-05T10:00")));
    }

    private static (ExternalWorksApproval, IReadOnlyList<object>) File(IReadOnlyList<ExternalWorks> works, DateTimeOffset at) =>
        ExternalWorksApproval.File(new ExternalWorksApprovalRequested(Guid.NewGuid(), "LH202603020000000001", new Site("杭州市西湖区文三路 1 号", "330106"), works, at),
            Rules, Calendar);

    private static IReadOnlyList<object> Decide(ExternalWorksApproval approval, Department department, ReviewDecision decision, string? reason, string at) =>
        approval.Decide(department, decision, reason, $"{department}-approver", Rules, Calendar, China(at));

    private static DateTimeOffset China(string local) => DateTimeOffset.Parse($"{local}:00+08:00");
}
