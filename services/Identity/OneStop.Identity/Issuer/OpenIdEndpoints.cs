using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Identity.Issuer;

/// <summary>
/// The built-in issuer's public face, at Keycloak's paths (/realms/onestop/…), so that clients, the gateway's URL map
/// and the services' configuration are the same whether the all-in-one host or Keycloak issues the tokens.
/// </summary>
public static class OpenIdEndpoints
{
    public const string RealmPath = "/realms/onestop";
    public const string TokenPath = "/protocol/openid-connect/token";
    public const string KeysPath = "/protocol/openid-connect/certs";

    public static void MapOpenIdEndpoints(this IEndpointRouteBuilder realm)
    {
        realm.MapGet("/.well-known/openid-configuration", Discovery).WithSummary("OpenID Connect 发现文档 / OpenID Connect discovery");
        realm.MapGet(KeysPath, (SigningKeys keys) => TypedResults.Ok(new KeySet([keys.PublicJwk])))
            .WithSummary("签名公钥 (JWKS) / Signing keys (JWKS)");
        realm.MapPost(TokenPath, TokenEndpoint.HandleAsync).DisableAntiforgery()
            .WithSummary("以用户名和密码换取访问令牌 / Exchange a user name and password for an access token")
            // OAuth 2.0's own error body, not problem details: what every OpenID Connect client expects.
            .Produces<TokenError>(StatusCodes.Status400BadRequest)
            .Produces<TokenError>(StatusCodes.Status401Unauthorized);
    }

    /// <summary>A JSON Web Key Set: the public keys that verify the issuer's tokens.</summary>
    public sealed record KeySet([property: JsonPropertyName("keys")] IReadOnlyList<IReadOnlyDictionary<string, string>> Keys);

    // Every URL from the configured issuer (which is the realm's URL), never from the request's Host header: a client
    // told to fetch keys or send passwords wherever a forged Host pointed would trust an attacker.
    private static Ok<Dictionary<string, object>> Discovery(SigningKeys keys)
    {
        return TypedResults.Ok(new Dictionary<string, object>
        {
            ["issuer"] = keys.Issuer,
            ["jwks_uri"] = keys.Issuer + KeysPath,
            ["token_endpoint"] = keys.Issuer + TokenPath,
            ["grant_types_supported"] = new[] { "password" },
            ["token_endpoint_auth_methods_supported"] = new[] { "none" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["claims_supported"] = new[]
            {
                OneStopClaims.Subject, OneStopClaims.UserName, OneStopClaims.Name, OneStopClaims.Roles,
                OneStopClaims.Utility, OneStopClaims.Department, OneStopClaims.IdNumber,
            },
        });
    }
}
