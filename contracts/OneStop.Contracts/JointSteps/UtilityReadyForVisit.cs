namespace OneStop.Contracts.JointSteps;

/// <summary>A utility's case has come to the stage that takes part in the joint visit: once every utility in it has, the applicant books it.</summary>
public sealed record UtilityReadyForVisit(Guid ApplicationId, UtilityKind Utility, Guid UtilityApplicationId, JointStep Step, DateTimeOffset ReadyAt);
