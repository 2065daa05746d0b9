using System.Diagnostics;

namespace OneStop.Benchmarks;

public sealed record GatewayOverheadResult(LatencyStats ViaGateway, LatencyStats Direct);

/// <summary>
/// The same GET, one request at a time, alternately through the gateway and straight to intake, so that both see
/// the same machine at the same moment; the difference is what the extra hop costs.
/// </summary>
public static class GatewayOverhead
{
    private const int WarmupRequests = 200;

    public static async Task<GatewayOverheadResult> MeasureAsync(
        Uri gateway, Uri intake, string accessToken, Guid applicationId, int requests, CancellationToken cancellationToken)
    {
        using var viaGateway = new HttpClient { BaseAddress = gateway };
        using var direct = new HttpClient { BaseAddress = intake };
        foreach (var client in new[] { viaGateway, direct })
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var path = $"/api/intake/applications/{applicationId}";
        for (var i = 0; i < WarmupRequests; i++)
        {
            await TimeAsync(viaGateway, path, cancellationToken);
            await TimeAsync(direct, path, cancellationToken);
        }

        var gatewayTimes = new List<double>(requests);
        var directTimes = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            gatewayTimes.Add(await TimeAsync(viaGateway, path, cancellationToken));
            directTimes.Add(await TimeAsync(direct, path, cancellationToken));
        }
        return new GatewayOverheadResult(LatencyStats.Of(gatewayTimes), LatencyStats.Of(directTimes));
    }

    private static async Task<double> TimeAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        response.EnsureSuccessStatusCode();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
