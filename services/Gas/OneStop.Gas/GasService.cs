using Microsoft.AspNetCore.Builder;
using OneStop.Contracts;
using OneStop.UtilityKernel;

namespace OneStop.Gas;

public static class GasService
{
    public static readonly UtilityProfile<GasDetails> Profile =
        new(UtilityKind.Gas, requests => requests.Gas is { } r ? new GasDetails(r.PeakLoadM3PerHour, r.Usage) : null,
            details => new(Gas: new GasRequest(details.PeakLoadM3PerHour, details.Usage)));

    public static WebApplicationBuilder AddGasService(this WebApplicationBuilder builder) =>
        builder.AddUtilityService<GasDbContext, GasDetails>(Profile);

    public static WebApplication MapGasService(this WebApplication app) =>
        app.MapUtilityService<GasDbContext, GasDetails>(Profile);
}
