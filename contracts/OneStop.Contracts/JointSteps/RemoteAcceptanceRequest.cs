namespace OneStop.Contracts.JointSteps;

/// <summary>POST …/visits/acceptance/remote: 云验收, the applicant's photos of the finished works (its uploaded documents) instead of a visit.</summary>
public sealed record RemoteAcceptanceRequest(IReadOnlyList<Guid>? DocumentIds);
