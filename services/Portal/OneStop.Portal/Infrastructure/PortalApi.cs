using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// The services' public API as the portal calls it: through the gateway (or the all-in-one host's own address), with the
/// signed-in user's access token, so that every service decides for itself what this user may see and do.
/// </summary>
public sealed class PortalApi(HttpClient http, IHttpContextAccessor context)
{
    public Task<ApiResult> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<ApiResult> PostAsync(string path, object? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return SendAsync(request);
    }

    public Task<ApiResult> UploadAsync(string type, IFormFile file, string? idNumber)
    {
        var content = new StreamContent(file.OpenReadStream());
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var declared) ? declared : new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { new StringContent(type), "type" }, { content, "file", file.FileName } };
        if (idNumber is not null)
            form.Add(new StringContent(idNumber), "idNumber");
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/intake/documents") { Content = form });
    }

    /// <summary>A document's content, to pass on to the browser as it comes.</summary>
    public async Task<HttpResponseMessage> GetContentAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        await AuthorizeAsync(request);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Aborted);
    }

    /// <summary>The OAuth 2.0 password grant at the issuer (built-in or Keycloak) the gateway routes to.</summary>
    public async Task<(string? AccessToken, string? Error)> SignInAsync(string userName, string password)
    {
        using var response = await http.PostAsync("/realms/onestop/protocol/openid-connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "onestop-portal", ["username"] = userName, ["password"] = password,
        }), Aborted);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Aborted);
        return response.IsSuccessStatusCode ? ((string?)body?["access_token"], null) : (null, (string?)body?["error_description"] ?? (string?)body?["error"]);
    }

    private async Task<ApiResult> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            await AuthorizeAsync(request);
            using var response = await http.SendAsync(request, Aborted);
            var text = await response.Content.ReadAsStringAsync(Aborted);
            JsonNode? body = null;
            if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true)
                body = JsonNode.Parse(text);
            return new ApiResult(response.StatusCode, body);
        }
    }

    private async Task AuthorizeAsync(HttpRequestMessage request)
    {
        if (context.HttpContext is { } http && await http.GetTokenAsync(PortalAuth.Scheme, PortalAuth.AccessToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private CancellationToken Aborted => context.HttpContext?.RequestAborted ?? CancellationToken.None;
}
