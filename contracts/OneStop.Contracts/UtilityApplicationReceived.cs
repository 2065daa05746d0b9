namespace OneStop.Contracts;

/// <summary>Published by a utility service when it has opened its own record for a joint application.</summary>
public sealed record UtilityApplicationReceived(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    DateTimeOffset ReceivedAt);
