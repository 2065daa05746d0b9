namespace OneStop.Contracts;

/// <summary>Where the connection is wanted; RegionCode is the six-digit GB/T 2260 administrative division code.</summary>
public sealed record Site(string Address, string RegionCode);
