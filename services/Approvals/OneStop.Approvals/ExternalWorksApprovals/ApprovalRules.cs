using OneStop.Contracts;
using OneStop.Contracts.Approvals;

namespace OneStop.Approvals.ExternalWorksApprovals;

/// <summary>
/// The rule table of external works (configuration section "ExternalWorksApprovals"). What the route does to public space
/// names the departments (digging up a road: 住建/城管; occupying it: 公安交管; green space: 园林绿化); a line of
/// PlanningFromMetres or more also goes to 规划 (null: never). Works that match a commitment rule need no permit of
/// their own, only a filed commitment (告知承诺 / 承诺备案; Zhejiang: low-voltage lines within 200 m). Each department
/// decides within DecisionWorkingDays (Guangzhou's 5; a region may set its own per department in DepartmentWorkingDays,
/// e.g. its joint office's 2). Approved works get one window of WorksWindowWorkingDays for every utility in the trench.
/// </summary>
public sealed class ApprovalRules
{
    public const string Section = "ExternalWorksApprovals";

    public int DecisionWorkingDays { get; set; } = 5;
    public Dictionary<Department, int> DepartmentWorkingDays { get; set; } = [];
    public int WorksWindowWorkingDays { get; set; } = 10;
    public int? PlanningFromMetres { get; set; } = 500;
    public List<CommitmentRule> CommitmentRules { get; set; } = [new() { Utility = UtilityKind.Electricity, LowVoltageOnly = true, MaxMetres = 200 }];

    public int WorkingDaysFor(Department department) => DepartmentWorkingDays.GetValueOrDefault(department, DecisionWorkingDays);

    public bool OnCommitment(ExternalWorks works) => CommitmentRules.Any(rule => rule.Covers(works));

    /// <summary>The departments the trench needs, from the works that need a permit.</summary>
    public IReadOnlyList<Department> DepartmentsFor(IEnumerable<ExternalWorks> works)
    {
        var permitted = works.Where(w => !OnCommitment(w)).ToList();
        var departments = permitted.SelectMany(w => w.Features).Select(feature => feature switch
        {
            RouteFeature.RoadExcavation => Department.UrbanManagement,
            RouteFeature.RoadOccupation => Department.TrafficPolice,
            RouteFeature.GreenSpace => Department.Greening,
            _ => throw new ArgumentOutOfRangeException(nameof(works), feature, null),
        }).ToHashSet();
        if (PlanningFromMetres is { } planning && permitted.Any(w => w.Metres >= planning))
            departments.Add(Department.Planning);
        return [.. departments.Order()];
    }

    public IEnumerable<string> Problems()
    {
        if (DecisionWorkingDays is < 1 or > 60 || DepartmentWorkingDays.Values.Any(days => days is < 1 or > 60))
            yield return "ExternalWorksApprovals: decision limits must be 1–60 working days";
        if (WorksWindowWorkingDays is < 1 or > 120)
            yield return "ExternalWorksApprovals:WorksWindowWorkingDays must be 1–120";
        if (PlanningFromMetres is < 1 || CommitmentRules.Any(rule => rule.MaxMetres is < 1))
            yield return "ExternalWorksApprovals: lengths must be at least 1 m";
    }
}

/// <summary>Works of this utility (low voltage only, where set) up to MaxMetres go ahead on a filed commitment.</summary>
public sealed class CommitmentRule
{
    public UtilityKind Utility { get; set; }
    public bool LowVoltageOnly { get; set; }
    public int MaxMetres { get; set; }

    public bool Covers(ExternalWorks works) => works.Utility == Utility && (!LowVoltageOnly || works.LowVoltage) && works.Metres <= MaxMetres;
}
