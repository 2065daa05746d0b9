namespace OneStop.Contracts;

public sealed record NetworkRequest(int BandwidthMbps);
