using Microsoft.AspNetCore.Builder;
using OneStop.Contracts;
using OneStop.UtilityKernel;

namespace OneStop.Network;

public static class NetworkService
{
    public static readonly UtilityProfile<NetworkDetails> Profile =
        new(UtilityKind.Network, requests => requests.Network is { } r ? new NetworkDetails(r.BandwidthMbps) : null,
            details => new(Network: new NetworkRequest(details.BandwidthMbps)));

    public static WebApplicationBuilder AddNetworkService(this WebApplicationBuilder builder) =>
        builder.AddUtilityService<NetworkDbContext, NetworkDetails>(Profile);

    public static WebApplication MapNetworkService(this WebApplication app) =>
        app.MapUtilityService<NetworkDbContext, NetworkDetails>(Profile);
}
