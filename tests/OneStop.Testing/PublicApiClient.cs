using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OneStop.Testing;

/// <summary>
/// A client of the public URL map (intake, the utilities, notifications), through the gateway or a single service.
/// Each call is made as the demo user whose role it needs: the counter clerk files and reads (on behalf of the sample
/// applicants), each utility's operator reads its own records.
/// </summary>
public sealed class PublicApiClient(HttpClient http, DemoTokens tokens)
{
    public const string Clerk = "clerk";

    public sealed record Submitted(Guid Id, string Number, string Status);

    public static string OperatorOf(string utility) => $"{utility}-operator";

    public async Task<Submitted> SubmitAsync(JsonObject body, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using (var clerk = await ClientAsAsync(Clerk))
            await SampleDocuments.AttachAsync(clerk, clerk: true, body, cancellationToken);
        using var request = await RequestAsync(HttpMethod.Post, "/api/intake/applications", Clerk);
        request.Content = JsonContent.Create(body);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new HttpRequestException($"Submit answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return (await response.Content.ReadFromJsonAsync<Submitted>(cancellationToken))!;
    }

    public Task<JsonObject> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetJsonAsync<JsonObject>($"/api/intake/applications/{id}", Clerk, cancellationToken);

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

    public Task<JsonArray> ListUtilityRecordsAsync(string utility, Guid jointApplicationId) =>
        GetJsonAsync<JsonArray>($"/api/{utility}/applications?jointApplicationId={jointApplicationId}", OperatorOf(utility));

    public Task<JsonArray> ListNotificationsAsync(Guid applicationId) =>
        GetJsonAsync<JsonArray>($"/api/notifications?applicationId={applicationId}", Clerk);

    /// <summary>A client of the same address signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientAsAsync(string userName) => new()
    {
        BaseAddress = http.BaseAddress,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", await tokens.ForAsync(userName)) },
    };

    /// <summary>A request carrying <paramref name="userName"/>'s access token.</summary>
    public async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, string userName)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.ForAsync(userName));
        return request;
    }

    /// <summary>POSTs <paramref name="body"/> as <paramref name="userName"/>; fails unless the answer is <paramref name="expected"/>.</summary>
    public async Task<JsonObject?> PostAsync(string path, string userName, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = await RequestAsync(HttpMethod.Post, path, userName);
        request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new HttpRequestException($"POST {path} as {userName} answered {(int)response.StatusCode}, not {(int)expected}: {content}");
        return content.Length == 0 ? null : JsonNode.Parse(content)?.AsObject();
    }

    /// <summary>As <see cref="GetJsonAsync{T}"/>, but null while the answer is 404 (not there yet).</summary>
    public async Task<T?> FindJsonAsync<T>(string path, string userName) where T : class
    {
        using var request = await RequestAsync(HttpMethod.Get, path, userName);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<T>();
    }

    public async Task<T> GetJsonAsync<T>(string path, string userName, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Get, path, userName);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(cancellationToken))!;
    }
}
