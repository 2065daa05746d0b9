namespace OneStop.Heat;

/// <summary>供热公司 district heating: the floor area to be heated.</summary>
public sealed record HeatDetails(decimal HeatedAreaM2);
