using OneStop.Contracts.JointSteps;
using OneStop.Intake.Applications;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Intake.JointVisits;

public static class JointVisitViews
{
    /// <summary>An operator reads its own utility's findings and results only; who else comes, and when, is everyone's to know.</summary>
    public static JointVisitView ToView(this JointVisit visit, CurrentUser user, JointVisitRules rules) => new(visit.Id, visit.Step, visit.Status,
        visit.Participants.Select(p => new VisitParticipantView(p.Utility, p.Withdrawn, p.RecordedAt, user.CanSee(p.Utility) ? p.Findings : null,
            user.CanSee(p.Utility) ? p.Acceptance : null, visit.IsReady(p))).ToList(),
        visit.Start, visit.End, visit.Reschedules, visit.Misses, visit.Remote, visit.Evidence, visit.RemoteAllowed(rules));
}
