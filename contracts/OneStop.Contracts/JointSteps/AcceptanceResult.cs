namespace OneStop.Contracts.JointSteps;

/// <summary>
/// What a utility's inspector found of the finished works at the joint acceptance: passed, or failed with the defects to
/// put right (which the applicant is asked to correct; the utility inspects again on its own once they are).
/// </summary>
public sealed record AcceptanceResult(bool Passed, string Remarks);
