namespace OneStop.Contracts.Utilities;

/// <summary>A case in its utility's work queue (GET /api/{utility}/queue), with its current stage's deadline and its 客户经理 (none while unassigned).</summary>
public sealed record QueueItem(
    Guid Id, Guid JointApplicationId, string ApplicationNumber, UtilityCaseStatus Status, string Catalogue, StageName? Stage,
    DateTimeOffset? DueAt, CalendarBasis? DueCalendar, bool DueSoon, bool Overdue, DateTimeOffset ReceivedAt, string ApplicantName, string SiteAddress,
    CaseManagerView? Manager);
