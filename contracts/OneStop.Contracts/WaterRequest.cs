namespace OneStop.Contracts;

public sealed record WaterRequest(int PipeDiameterMm, Usage Usage);
