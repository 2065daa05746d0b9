using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Workflow;

namespace OneStop.Approvals.ExternalWorksApprovals;

/// <summary>
/// 联合审批: one combined application for the external works of every utility that shares the trench, reviewed by the
/// departments its route needs in parallel. Any rejection rejects the route for all (they dig one trench); once every
/// department has approved, or none is needed, every utility gets the same works window (同步开挖、同敷管线、一次回填).
/// After a rejection the utilities file the revised route again as a new round.
/// </summary>
public sealed class ExternalWorksApproval
{
    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string ApplicationNumber { get; private set; } = "";
    public Site Site { get; private set; } = null!;
    public List<ExternalWorks> Works { get; private set; } = [];
    public List<UtilityKind> OnCommitment { get; private set; } = [];
    public List<DepartmentReview> Reviews { get; private set; } = [];
    public int Round { get; private set; }
    public ExternalWorksApprovalStatus Status { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public DateOnly? WorksFrom { get; private set; }
    public DateOnly? WorksUntil { get; private set; }
    /// <summary>Concurrency token: departments decide the same application at once.</summary>
    public int Version { get; private set; }

    public string AuditResource => $"external-works-approval/{Id}";

    public IReadOnlyList<UtilityKind> Utilities => Works.Select(w => w.Utility).Order().ToList();

    public IEnumerable<DepartmentReview> CurrentReviews => Reviews.Where(r => r.Round == Round);

    public bool Involves(UtilityKind utility) => Works.Any(w => w.Utility == utility);

    /// <summary>Filed for the works the survey found; the events say where it went and, when no permit is needed, the outcome.</summary>
    public static (ExternalWorksApproval Approval, IReadOnlyList<object> Events) File(ExternalWorksApprovalRequested requested, ApprovalRules rules,
        WorkingDayCalendar calendar)
    {
        var approval = new ExternalWorksApproval
        {
            Id = Guid.CreateVersion7(requested.RequestedAt), ApplicationId = requested.ApplicationId, ApplicationNumber = requested.ApplicationNumber,
            Site = requested.Site, Works = [.. requested.Works.OrderBy(w => w.Utility)],
        };
        return (approval, approval.Open(rules, calendar, requested.RequestedAt));
    }

    /// <summary>A department decides its review: approved, rejected or sent back for correction, with the reason.</summary>
    public IReadOnlyList<object> Decide(Department department, ReviewDecision decision, string? reason, string by, ApprovalRules rules,
        WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (Status != ExternalWorksApprovalStatus.UnderReview)
            throw new IllegalTransitionException("该联合审批已办结", "This approval has been decided");
        var review = CurrentReviews.SingleOrDefault(r => r.Department == department)
            ?? throw new IllegalTransitionException("本部门不参与该联合审批", "This department takes no part in this approval");
        review.Decide(decision, reason, by, at);
        Version++;
        return decision switch
        {
            ReviewDecision.Reject => [Reject(review, at)],
            ReviewDecision.Approve when CurrentReviews.All(r => r.Status == ReviewStatus.Approved) => [Conclude(ExternalWorksApprovalStatus.Approved, rules, calendar, at)],
            ReviewDecision.Correct => [new ExternalWorksCorrectionRequested(ApplicationId, Id, department, reason!, Utilities, at)],
            _ => [],
        };
    }

    /// <summary>A utility sharing the trench answers the open correction requests; those departments' clocks run again.</summary>
    public void Answer(string answer, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var open = CurrentReviews.Where(r => r.Status == ReviewStatus.CorrectionRequested).ToList();
        if (Status != ExternalWorksApprovalStatus.UnderReview || open.Count == 0)
            throw new IllegalTransitionException("没有待补正的审批意见", "No department has asked for a correction");
        foreach (var review in open)
            review.Answered(answer, calendar, at);
        Version++;
    }

    /// <summary>After a rejection: the revised shared route, filed again as a new round to the departments it needs.</summary>
    public IReadOnlyList<object> Resubmit(string route, IReadOnlyList<RouteFeature> features, ApprovalRules rules, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        if (Status != ExternalWorksApprovalStatus.Rejected)
            throw new IllegalTransitionException("只有被驳回的联合审批可以重新报批", "Only a rejected approval can be filed again");
        Works = [.. Works.Select(w => w with { Route = route, Features = features })];
        return Open(rules, calendar, at);
    }

    public ExternalWorksApprovalView ToView() => new(Id, ApplicationId, ApplicationNumber, Site.Address, Round, Status, Works, OnCommitment,
        CurrentReviews.OrderBy(r => r.Department).Select(r => r.ToView()).ToList(), WorksFrom, WorksUntil, FiledAt, DecidedAt);

    private IReadOnlyList<object> Open(ApprovalRules rules, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        Round++;
        (Status, FiledAt, DecidedAt, WorksFrom, WorksUntil) = (ExternalWorksApprovalStatus.UnderReview, at, null, null, null);
        OnCommitment = [.. Works.Where(rules.OnCommitment).Select(w => w.Utility)];
        var departments = rules.DepartmentsFor(Works);
        foreach (var department in departments)
            Reviews.Add(DepartmentReview.Open(Id, Round, department, calendar.AddWorkingDays(at, rules.WorkingDaysFor(department)), at));
        Version++;
        var filed = new ExternalWorksApprovalFiled(ApplicationId, Id, Round, Utilities, CurrentReviews.ToDictionary(r => r.Department, r => r.DueDate),
            OnCommitment, at);
        return departments.Count == 0 ? [filed, Conclude(ExternalWorksApprovalStatus.CommitmentFiled, rules, calendar, at)] : [filed];
    }

    /// <summary>The works window starts on the next working day and lasts the configured working days, for every utility alike.</summary>
    private ExternalWorksApprovalDecided Conclude(ExternalWorksApprovalStatus outcome, ApprovalRules rules, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var from = NextWorkingDate(calendar, WorkingDayCalendar.ChinaDate(at));
        var until = from;
        for (var day = 1; day < rules.WorksWindowWorkingDays; day++)
            until = NextWorkingDate(calendar, until);
        (Status, DecidedAt, WorksFrom, WorksUntil) = (outcome, at, from, until);
        return new ExternalWorksApprovalDecided(ApplicationId, Id, Round, outcome, Utilities, from, until, null, null, at);
    }

    private static DateOnly NextWorkingDate(WorkingDayCalendar calendar, DateOnly date)
    {
        do
            date = date.AddDays(1);
        while (!calendar.IsWorkingDay(date));
        return date;
    }

    private ExternalWorksApprovalDecided Reject(DepartmentReview rejecting, DateTimeOffset at)
    {
        (Status, DecidedAt) = (ExternalWorksApprovalStatus.Rejected, at);
        foreach (var review in CurrentReviews.Where(r => r.Status is ReviewStatus.Pending or ReviewStatus.CorrectionRequested))
            review.Close(at);
        return new ExternalWorksApprovalDecided(ApplicationId, Id, Round, ExternalWorksApprovalStatus.Rejected, Utilities, null, null,
            rejecting.Department, rejecting.Reason, at);
    }
}
