namespace OneStop.Contracts.Approvals;

/// <summary>One utility's part of the shared trench, as its survey found it. LowVoltage marks a low-voltage electricity line.</summary>
public sealed record ExternalWorks(
    UtilityKind Utility, Guid UtilityApplicationId, int Metres, string Route, IReadOnlyList<RouteFeature> Features, bool LowVoltage = false);
