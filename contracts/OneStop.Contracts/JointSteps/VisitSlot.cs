namespace OneStop.Contracts.JointSteps;

/// <summary>A time every utility of a joint visit can come (GET …/visits/{step}/slots); book it by its Start.</summary>
public sealed record VisitSlot(DateTimeOffset Start, DateTimeOffset End);
