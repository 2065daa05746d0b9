using OneStop.Contracts;

namespace OneStop.UtilityKernel;

/// <summary>What makes one utility service differ from another at intake: its kind, and how it reads its own request.</summary>
public sealed record UtilityProfile<TDetails>(UtilityKind Utility, Func<UtilityRequests, TDetails?> DetailsFrom) where TDetails : class
{
    public string Name => Utility.ToString().ToLowerInvariant();
}
