using OneStop.Contracts;

namespace OneStop.UtilityKernel;

/// <summary>
/// What makes one utility service differ from another at intake: its kind, how it reads its own request, and how it
/// gives it back as a request (for its fee schedule's formulas).
/// </summary>
public sealed record UtilityProfile<TDetails>(UtilityKind Utility, Func<UtilityRequests, TDetails?> DetailsFrom, Func<TDetails, UtilityRequests> RequestOf)
    where TDetails : class
{
    public string Name => Utility.ToString().ToLowerInvariant();
}
