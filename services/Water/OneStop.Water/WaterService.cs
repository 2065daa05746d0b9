using Microsoft.AspNetCore.Builder;
using OneStop.Contracts;
using OneStop.UtilityKernel;

namespace OneStop.Water;

public static class WaterService
{
    public static readonly UtilityProfile<WaterDetails> Profile =
        new(UtilityKind.Water, requests => requests.Water is { } r ? new WaterDetails(r.PipeDiameterMm, r.Usage) : null,
            details => new(Water: new WaterRequest(details.PipeDiameterMm, details.Usage)));

    public static WebApplicationBuilder AddWaterService(this WebApplicationBuilder builder) =>
        builder.AddUtilityService<WaterDbContext, WaterDetails>(Profile);

    public static WebApplication MapWaterService(this WebApplication app) =>
        app.MapUtilityService<WaterDbContext, WaterDetails>(Profile);
}
