namespace OneStop.Contracts.JointSteps;

/// <summary>
/// A utility's surveyors' hours (GET/PUT /api/intake/visit-availability/{utility}): the slots of each working day in
/// China time ("09:00"), how long a visit takes, how many visits at once (0 offers none).
/// </summary>
public sealed record SurveyorAvailabilityView(UtilityKind Utility, IReadOnlyList<string> SlotStarts, int SlotHours, int Capacity, string UpdatedBy,
    DateTimeOffset? UpdatedAt);

public sealed record SurveyorAvailabilityRequest(List<string>? SlotStarts, int? SlotHours, int? Capacity);
