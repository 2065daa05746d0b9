namespace OneStop.Network;

/// <summary>通信运营商 broadband: the bandwidth applied for.</summary>
public sealed record NetworkDetails(int BandwidthMbps);
