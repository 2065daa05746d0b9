namespace OneStop.Contracts.Approvals;

/// <summary>One department's part: its due date (working days, standing while a correction is open), a correction asked and answered, its decision.</summary>
public sealed record DepartmentReviewView(
    Department Department,
    ReviewStatus Status,
    DateOnly DueDate,
    string? Reason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Correction,
    string? Answer,
    DateTimeOffset? AnsweredAt);
