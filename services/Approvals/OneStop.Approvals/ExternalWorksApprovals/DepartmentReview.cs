using OneStop.Calendar;
using OneStop.Contracts.Approvals;
using OneStop.Workflow;

namespace OneStop.Approvals.ExternalWorksApprovals;

/// <summary>
/// One department's review in one round. Its due date is counted in working days from filing; while a correction is open
/// the clock stands (the utilities' time), and the answer gives back the working days that were left.
/// </summary>
public sealed class DepartmentReview
{
    public Guid Id { get; private set; }
    public Guid ApprovalId { get; private set; }
    public int Round { get; private set; }
    public Department Department { get; private set; }
    public ReviewStatus Status { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public string? Reason { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>What the department asked the utilities to correct, and when: its clock stood from then until the answer.</summary>
    public string? Correction { get; private set; }
    public DateTimeOffset? CorrectionRequestedAt { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The day the review is due by; a limit that ends at midnight ends on the day before it.</summary>
    public DateOnly DueDate => WorkingDayCalendar.ChinaDate(DueAt.AddTicks(-1));

    public static DepartmentReview Open(Guid approvalId, int round, Department department, DateTimeOffset dueAt, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), ApprovalId = approvalId, Round = round, Department = department, Status = ReviewStatus.Pending, DueAt = dueAt,
    };

    public void Decide(ReviewDecision decision, string? reason, string by, DateTimeOffset at)
    {
        if (Status != ReviewStatus.Pending)
            throw new IllegalTransitionException(Status == ReviewStatus.CorrectionRequested ? "已要求补正，须待补正后再作决定" : "本部门已作出决定",
                Status == ReviewStatus.CorrectionRequested ? "A correction is awaited before a decision" : "This department has decided");
        if (decision == ReviewDecision.Correct)
            (Status, Correction, CorrectionRequestedAt) = (ReviewStatus.CorrectionRequested, reason, at);
        else
            (Status, Reason, DecidedBy, DecidedAt) = (decision == ReviewDecision.Approve ? ReviewStatus.Approved : ReviewStatus.Rejected, reason, by, at);
    }

    public void Answered(string answer, WorkingDayCalendar calendar, DateTimeOffset at)
    {
        var left = calendar.WorkingDaysBetween(CorrectionRequestedAt!.Value, DueAt);
        (Status, Answer, AnsweredAt, DueAt) = (ReviewStatus.Pending, answer, at, calendar.AddWorkingDays(at, left));
    }

    public void Close(DateTimeOffset at) => (Status, DecidedAt) = (ReviewStatus.Closed, at);

    public DepartmentReviewView ToView() => new(Department, Status, DueDate, Reason, DecidedBy, DecidedAt, Correction, Answer, AnsweredAt);
}
