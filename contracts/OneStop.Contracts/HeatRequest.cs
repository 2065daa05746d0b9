namespace OneStop.Contracts;

public sealed record HeatRequest(decimal HeatedAreaM2);
