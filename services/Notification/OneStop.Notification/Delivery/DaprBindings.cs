using System.Net.Http.Json;

namespace OneStop.Notification.Delivery;

/// <summary>
/// The Dapr sidecar's output bindings over its HTTP API (the Dapr SDK is not in this environment's registry):
/// <c>POST /v1.0/bindings/{name}</c> with <c>{"operation":"create","data":…,"metadata":{…}}</c>. Which provider sends
/// SMS, e-mail or chat messages is the binding component's business: changing it is configuration, not code.
/// </summary>
public sealed class DaprBindings(HttpClient http)
{
    /// <summary>The sidecar's address from Dapr's own variables, or null when this process runs without one.</summary>
    public static Uri? SidecarAddress(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        configuration["DAPR_HTTP_ENDPOINT"] is { Length: > 0 } endpoint ? new Uri(endpoint)
        : configuration["DAPR_HTTP_PORT"] is { Length: > 0 } port ? new Uri($"http://localhost:{port}")
        : null;

    public async Task CreateAsync(string binding, object data, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"v1.0/bindings/{Uri.EscapeDataString(binding)}",
            new { operation = "create", data, metadata }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"Binding {binding} answered {(int)response.StatusCode}: {detail[..Math.Min(detail.Length, 300)]}");
        }
    }
}
