using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneStop.ServiceDefaults.Identity;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>The built-in issuer's token endpoint and keys, and the services' refusal of every token they must not trust.</summary>
public sealed class TokenTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string TokenPath = "/realms/onestop/protocol/openid-connect/token";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_demo_account_signs_in_with_the_password_grant_and_its_token_opens_the_api()
    {
        using var response = await SignInAsync("electricity-operator", host.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
        Assert.Equal("Bearer", (string?)token["token_type"]);
        Assert.Equal(3600, (int)token["expires_in"]!);

        using var me = await GetAsync("/api/identity/me", (string)token["access_token"]!);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var user = (await me.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
        Assert.Equal("electricity-operator", (string?)user["userName"]);
        Assert.Equal(["operator"], user["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("electricity", (string?)user["utility"]);
    }

    [Theory]
    [InlineData("zhangsan", "not-the-password", "onestop-portal", "password", 400, "invalid_grant")]
    [InlineData("nobody", null, "onestop-portal", "password", 400, "invalid_grant")]
    [InlineData("zhangsan", null, "someone-else", "password", 401, "invalid_client")]
    [InlineData("zhangsan", null, "onestop-portal", "client_credentials", 400, "unsupported_grant_type")]
    public async Task The_token_endpoint_refuses_with_oauth_errors(string user, string? password, string client, string grant, int status, string error)
    {
        using var response = await SignInAsync(user, password ?? host.DemoPassword, client, grant);

        Assert.Equal(status, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
        Assert.Equal(error, (string?)body["error"]);
        Bilingual.AssertIs((string?)body["error_description"]);
    }

    [Fact]
    public async Task The_signing_key_is_published_as_a_jwks_that_verifies_the_issued_tokens()
    {
        using var anonymous = host.ClientFor(null);
        var discovery = (await anonymous.GetFromJsonAsync<JsonObject>("/realms/onestop/.well-known/openid-configuration", Cancellation))!;
        var jwksUri = new Uri((string)discovery["jwks_uri"]!);
        var jwks = new JsonWebKeySet(await anonymous.GetStringAsync(jwksUri.PathAndQuery, Cancellation));
        var key = Assert.Single(jwks.Keys);
        Assert.Equal("RSA", key.Kty);
        Assert.Equal("sig", key.Use);
        Assert.False(key.HasPrivateKey);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(host.TokenFor("clerk"), new TokenValidationParameters
        {
            ValidIssuer = (string)discovery["issuer"]!,
            ValidAudience = "onestop",
            IssuerSigningKeys = jwks.Keys,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task The_discovery_document_names_the_configured_issuers_urls_whatever_host_the_request_names()
    {
        using var anonymous = host.ClientFor(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/realms/onestop/.well-known/openid-configuration");
        request.Headers.Host = "attacker.example";

        using var response = await anonymous.SendAsync(request, Cancellation);

        var discovery = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
        var issuer = (string)discovery["issuer"]!;
        Assert.Equal($"{issuer}/protocol/openid-connect/certs", (string?)discovery["jwks_uri"]);
        Assert.Equal($"{issuer}/protocol/openid-connect/token", (string?)discovery["token_endpoint"]);
        Assert.DoesNotContain("attacker.example", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task No_token_is_a_401_problem_with_a_bearer_challenge()
    {
        using var response = await GetAsync("/api/intake/applications", token: null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Bilingual.AssertIs((string?)problem["title"]);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    // The framework's writer declines problem details when Accept leaves JSON out; the status-code page was plain text.
    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    public async Task No_token_is_a_401_problem_whatever_the_client_accepts(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/intake/applications") { Headers = { { "Accept", accept } } };

        using var response = await host.ClientFor(null).SendAsync(request, Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Bilingual.AssertIs((string?)problem["title"]);
    }

    /// <summary>Forms the form reader cannot parse: a multipart body never closed, a malformed part header, a key over 2 KiB.</summary>
    public static TheoryData<string, string> MalformedForms => new()
    {
        { "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nzhangsan\r\n" },
        { "multipart/form-data; boundary=b", "--b\r\nGarbage\r\n\r\nx\r\n--b--\r\n" },
        { "application/x-www-form-urlencoded", $"grant_type=password&{new string('k', 3_000)}=1" },
    };

    [Theory]
    [MemberData(nameof(MalformedForms))]
    public async Task A_malformed_form_is_an_oauth_invalid_request(string contentType, string form)
    {
        var content = new StringContent(form) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } };

        using var response = await host.ClientFor(null).PostAsync(TokenPath, content, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
        Assert.Equal("invalid_request", (string?)body["error"]);
        Bilingual.AssertIs((string?)body["error_description"]);
    }

    public static TheoryData<string> UntrustedTokens => new("wrong key", "expired", "wrong audience", "wrong issuer", "unsigned", "garbage");

    [Theory]
    [MemberData(nameof(UntrustedTokens))]
    public async Task An_untrusted_token_is_a_401(string kind)
    {
        var keys = host.Services.GetRequiredService<SigningKeys>();
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = keys.Issuer,
            Audience = "onestop",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = "clerk", ["preferred_username"] = "clerk", ["roles"] = new[] { "clerk" } },
            SigningCredentials = keys.Credentials,
        };
        switch (kind)
        {
            case "wrong key":
                // Same key id as the real key: only the signature can tell them apart.
                descriptor.SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = keys.Key.KeyId }, SecurityAlgorithms.RsaSha256);
                break;
            case "expired":
                (descriptor.IssuedAt, descriptor.NotBefore, descriptor.Expires) = (now.AddHours(-2), now.AddHours(-2), now.AddMinutes(-5));
                break;
            case "wrong audience":
                descriptor.Audience = "some-other-api";
                break;
            case "wrong issuer":
                descriptor.Issuer = "http://evil.example/realms/onestop";
                break;
            case "unsigned":
                descriptor.SigningCredentials = null;
                break;
        }
        var token = kind == "garbage" ? "not.a.token" : new JsonWebTokenHandler().CreateToken(descriptor);

        using var response = await GetAsync("/api/intake/applications", token);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_signing_key_is_generated_once_and_kept_in_the_data_folder_readable_by_the_owner_only()
    {
        var file = Path.Combine(host.DataDirectory, "identity", "signing-key.pem");
        host.TokenFor("clerk");

        Assert.True(File.Exists(file));
        Assert.Contains("PRIVATE KEY", await File.ReadAllTextAsync(file, Cancellation));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var reloaded = SigningKeys.LoadOrCreate("issuer", host.DataDirectory);
        Assert.Equal(host.Services.GetRequiredService<SigningKeys>().Key.KeyId, reloaded.Key.KeyId);
    }

    private Task<HttpResponseMessage> SignInAsync(string user, string password, string client = "onestop-portal", string grant = "password") =>
        host.ClientFor(null).PostAsync(TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grant,
            ["client_id"] = client,
            ["username"] = user,
            ["password"] = password,
        }), Cancellation);

    private Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return host.ClientFor(null).SendAsync(request, Cancellation);
    }
}
