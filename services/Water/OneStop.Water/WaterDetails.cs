using OneStop.Contracts;

namespace OneStop.Water;

/// <summary>供水公司 water: the connection pipe's nominal diameter and the water's use.</summary>
public sealed record WaterDetails(int PipeDiameterMm, Usage Usage);
