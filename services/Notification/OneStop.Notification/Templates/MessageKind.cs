namespace OneStop.Notification.Templates;

/// <summary>A kind of message, by its template's name, and the placeholders its template may use.</summary>
public sealed record MessageKind(string Name, params string[] Placeholders)
{
    public static readonly MessageKind Submitted = new("submitted", "contactName", "applicationNumber");
    public static readonly MessageKind Received = new("received", "applicationNumber", "company");
    public static readonly MessageKind CorrectionRequested = new("correction-requested", "applicationNumber", "company", "stage", "needed");
    public static readonly MessageKind StageCompleted = new("stage-completed", "applicationNumber", "company", "stage");
    public static readonly MessageKind Rejected = new("rejected", "applicationNumber", "company", "reason");
    public static readonly MessageKind Connected = new("connected", "applicationNumber", "company");
    public static readonly MessageKind CommitmentOverdue = new("commitment-overdue", "applicationNumber", "document", "deadline");
    public static readonly MessageKind CommitmentDueMoved = new("commitment-due-moved", "applicationNumber", "document", "previous", "deadline");
    public static readonly MessageKind DeadlineMoved = new("deadline-moved", "applicationNumber", "company", "stage", "previous", "deadline");
    public static readonly MessageKind StageDueSoon = new("stage-due-soon", "applicationNumber", "company", "stage", "deadline");
    public static readonly MessageKind StageOverdue = new("stage-overdue", "applicationNumber", "company", "stage", "deadline");
    public static readonly MessageKind CorrectionAnswered = new("correction-answered", "applicationNumber");
    public static readonly MessageKind CustomerWorksDeclared = new("customer-works-declared", "applicationNumber");
    public static readonly MessageKind DocumentProvided = new("document-provided", "applicationNumber");
    public static readonly MessageKind VisitBookingOpen = new("visit-booking-open", "step", "applicationNumber", "companies");
    public static readonly MessageKind VisitBooked = new("visit-booked", "step", "applicationNumber", "companies", "visitTime");
    public static readonly MessageKind VisitCancelled = new("visit-cancelled", "step", "applicationNumber", "companies");
    public static readonly MessageKind VisitBookedStaff = new("visit-booked-staff", "step", "applicationNumber", "companies", "visitTime");
    public static readonly MessageKind VisitCancelledStaff = new("visit-cancelled-staff", "step", "applicationNumber");
    public static readonly MessageKind WorksApprovalFiled = new("works-approval-filed", "applicationNumber", "companies", "deadline");
    public static readonly MessageKind WorksApprovalCorrection = new("works-approval-correction", "applicationNumber", "department", "needed");
    public static readonly MessageKind WorksApprovalDecided = new("works-approval-decided", "applicationNumber", "companies", "outcome");

    public static readonly IReadOnlyList<MessageKind> All =
        [Submitted, Received, CorrectionRequested, StageCompleted, Rejected, Connected, CommitmentOverdue, CommitmentDueMoved, DeadlineMoved, StageDueSoon,
            StageOverdue, CorrectionAnswered, CustomerWorksDeclared, DocumentProvided, VisitBookingOpen, VisitBooked, VisitCancelled, VisitBookedStaff,
            VisitCancelledStaff, WorksApprovalFiled, WorksApprovalCorrection, WorksApprovalDecided];
}
