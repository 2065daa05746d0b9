using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace OneStop.Testing;

/// <summary>
/// Signs the demo accounts in at an OpenID Connect token endpoint (the built-in issuer here, Keycloak in a deployment)
/// with the password grant, as the portal and the command line do; one token per user, reused while it is valid.
/// </summary>
public sealed class DemoTokens(Uri issuerBaseAddress, string password)
{
    public const string TokenPath = "/realms/onestop/protocol/openid-connect/token";
    public const string ClientId = "onestop-portal";

    private readonly HttpClient _issuer = new() { BaseAddress = issuerBaseAddress };
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    public Uri IssuerBaseAddress => issuerBaseAddress;

    public async Task<string> ForAsync(string userName)
    {
        var token = _tokens.GetOrAdd(userName, user => new Lazy<Task<string>>(() => SignInAsync(user)));
        try
        {
            return await token.Value;
        }
        catch
        {
            // A sign-in that failed (the issuer or the gateway down in a chaos run) is not kept: the next call tries again.
            _tokens.TryRemove(KeyValuePair.Create(userName, token));
            throw;
        }
    }

    /// <summary>Signs everyone in again on the next call: after the platform's clock has moved on, the tokens held have expired.</summary>
    public void Forget() => _tokens.Clear();

    private async Task<string> SignInAsync(string userName)
    {
        using var response = await _issuer.PostAsync(TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = ClientId,
            ["username"] = userName,
            ["password"] = password,
        }));
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Signing in {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string AccessToken);
}
