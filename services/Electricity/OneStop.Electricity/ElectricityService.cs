using Microsoft.AspNetCore.Builder;
using OneStop.Contracts;
using OneStop.UtilityKernel;

namespace OneStop.Electricity;

public static class ElectricityService
{
    public static readonly UtilityProfile<ElectricityDetails> Profile =
        new(UtilityKind.Electricity, requests => requests.Electricity is { } r ? new ElectricityDetails(r.CapacityKw, r.Usage, r.PowerSource) : null,
            details => new(Electricity: new ElectricityRequest(details.CapacityKw, details.Usage, details.PowerSource)));

    public static WebApplicationBuilder AddElectricityService(this WebApplicationBuilder builder) =>
        builder.AddUtilityService<ElectricityDbContext, ElectricityDetails>(Profile);

    public static WebApplication MapElectricityService(this WebApplication app) =>
        app.MapUtilityService<ElectricityDbContext, ElectricityDetails>(Profile);
}
