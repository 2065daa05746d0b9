using OneStop.Contracts.Fees;
using OneStop.Contracts.JointSteps;

namespace OneStop.Contracts;

/// <summary>
/// Published by a utility service when it has opened its own record for a joint application. Opening starts the
/// acceptance stage's clock, carried here in <paramref name="AcceptanceStarted"/> rather than as a second event: one
/// message per utility instead of two. Releases before that published it separately and leave it null. JointSteps names
/// the joint visits the case will take part in, so that intake can offer one visit for all of them. Quote is what the
/// utility's published schedule charges for the request (null from releases before fees).
/// </summary>
public sealed record UtilityApplicationReceived(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid UtilityApplicationId,
    DateTimeOffset ReceivedAt,
    UtilityStageStarted? AcceptanceStarted = null,
    IReadOnlyList<JointStep>? JointSteps = null,
    FeeQuote? Quote = null);
