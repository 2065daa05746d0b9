using Microsoft.AspNetCore.Builder;
using OneStop.Contracts;
using OneStop.UtilityKernel;

namespace OneStop.Heat;

public static class HeatService
{
    public static readonly UtilityProfile<HeatDetails> Profile =
        new(UtilityKind.Heat, requests => requests.Heat is { } r ? new HeatDetails(r.HeatedAreaM2) : null,
            details => new(Heat: new HeatRequest(details.HeatedAreaM2)));

    public static WebApplicationBuilder AddHeatService(this WebApplicationBuilder builder) =>
        builder.AddUtilityService<HeatDbContext, HeatDetails>(Profile);

    public static WebApplication MapHeatService(this WebApplication app) =>
        app.MapUtilityService<HeatDbContext, HeatDetails>(Profile);
}
