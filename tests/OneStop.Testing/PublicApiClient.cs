using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.Testing;

/// <summary>A client of the public URL map (intake, the utilities, notifications), through the gateway or a single service.</summary>
public sealed class PublicApiClient(HttpClient http)
{
    public sealed record Submitted(Guid Id, string Number, string Status);

    public async Task<Submitted> SubmitAsync(JsonObject body, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new HttpRequestException($"Submit answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<Submitted>(cancellationToken))!;
    }

    public async Task<JsonObject> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await http.GetFromJsonAsync<JsonObject>($"/api/intake/applications/{id}", cancellationToken))!;

    /// <summary>Polls until the application has <paramref name="status"/>; fails with the last state seen after the timeout.</summary>
    public async Task<JsonObject> WaitForStatusAsync(Guid id, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetAsync(id);
            if ((string?)last["status"] == status)
                return last;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Application {id} did not reach {status} within {timeout}: {last?.ToJsonString()}");
    }

    public async Task<JsonArray> ListUtilityRecordsAsync(string utility, Guid jointApplicationId) =>
        (await http.GetFromJsonAsync<JsonArray>($"/api/{utility}/applications?jointApplicationId={jointApplicationId}"))!;

    public async Task<JsonArray> ListNotificationsAsync(Guid applicationId) =>
        (await http.GetFromJsonAsync<JsonArray>($"/api/notifications?applicationId={applicationId}"))!;
}
