namespace OneStop.Contracts.JointSteps;

/// <summary>POST …/visits/{step}/booking: the start of one of the offered slots; booking again moves the visit.</summary>
public sealed record BookVisitRequest(DateTimeOffset? Start);
