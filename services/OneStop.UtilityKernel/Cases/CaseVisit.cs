using OneStop.Contracts.JointSteps;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// The joint visit this case takes part in, as intake booked it, and what this utility recorded of it (a survey's
/// findings, an acceptance's result); CompletedAt once every utility in it has recorded (the findings are final from then on).
/// A remote acceptance (云验收) takes place on the applicant's photos, from the moment they were given.
/// </summary>
public sealed record CaseVisit(
    Guid Id, JointStep Step, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset BookedAt,
    SurveyFindings? Findings = null, string? RecordedBy = null, DateTimeOffset? RecordedAt = null, DateTimeOffset? CompletedAt = null,
    AcceptanceResult? Acceptance = null, bool Remote = false);
