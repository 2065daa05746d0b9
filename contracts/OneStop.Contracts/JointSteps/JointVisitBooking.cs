namespace OneStop.Contracts.JointSteps;

public static class JointVisitBooking
{
    /// <summary>
    /// Whether the applicant may book the visit now, or move it: awaiting a booking, or booked (not remotely) and not yet
    /// recorded by anyone.
    /// </summary>
    public static bool IsOpen(JointVisitView visit) => visit.Status == JointVisitStatus.AwaitingBooking
        || visit.Status == JointVisitStatus.Booked && !visit.Remote && visit.Utilities.All(u => u.RecordedAt is null);
}
