namespace OneStop.Contracts.JointSteps;

/// <summary>
/// A joint visit as the application shows it: who comes, when, and who has recorded what it found. An operator reads
/// the findings of its own utility only. An acceptance may be remote (云验收: the photos in Evidence reviewed instead of
/// a visit) while RemoteAllowed.
/// </summary>
public sealed record JointVisitView(Guid Id, JointStep Step, JointVisitStatus Status, IReadOnlyList<VisitParticipantView> Utilities,
    DateTimeOffset? Start, DateTimeOffset? End, int Reschedules, int Misses, bool Remote = false, IReadOnlyList<Guid>? Evidence = null,
    bool RemoteAllowed = false);

public sealed record VisitParticipantView(UtilityKind Utility, bool Withdrawn, DateTimeOffset? RecordedAt, SurveyFindings? Findings,
    AcceptanceResult? Acceptance = null, bool Ready = true);
