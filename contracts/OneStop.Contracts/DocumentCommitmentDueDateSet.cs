namespace OneStop.Contracts;

/// <summary>
/// A commitment (容缺受理) signed while its working days ran into a year with no holiday schedule has its due date now
/// that the schedule is installed. NeededBy names the utilities whose cases wait for the document.
/// </summary>
public sealed record DocumentCommitmentDueDateSet(Guid ApplicationId, string Type, DateTimeOffset DueAt, IReadOnlyList<UtilityKind> NeededBy);
