using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OneStop.ServiceDefaults.Identity;

public static class ServiceAuthentication
{
    public const string DefaultAudience = "onestop";
    public const string DefaultLocalIssuer = "http://localhost:5080/realms/onestop";
    /// <summary>The token endpoint, at the same path on Keycloak and the built-in issuer.</summary>
    public const string TokenPath = "/realms/onestop/protocol/openid-connect/token";
    private const string OpenIdDiscovery = "openid-discovery";

    /// <summary>
    /// JWT bearer validation in every service. With <c>Authentication:Authority</c> set (distributed mode) the keys and
    /// issuer come from that OpenID Connect provider's discovery document; without it, from the built-in issuer's key
    /// in the data folder (all-in-one host, where the issuer runs in the same process).
    /// </summary>
    public static WebApplicationBuilder AddServiceAuthentication(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Authentication");
        var authority = settings["Authority"];
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.Audience = settings["Audience"] ?? DefaultAudience;
            jwt.TokenValidationParameters.NameClaimType = OneStopClaims.UserName;
            jwt.TokenValidationParameters.RoleClaimType = OneStopClaims.Roles;
            jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            if (!string.IsNullOrWhiteSpace(authority))
            {
                jwt.Authority = authority;
                jwt.RequireHttpsMetadata = settings.GetValue("RequireHttpsMetadata", true);
            }
        });
        // IdentityModel reads the machine's clock for a token's lifetime; the service's own clock decides here, as everywhere.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((jwt, clock) =>
            jwt.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                clock.GetUtcNow().UtcDateTime is var now && expires?.ToUniversalTime() > now - parameters.ClockSkew
                && !(notBefore?.ToUniversalTime() > now + parameters.ClockSkew));
        if (!string.IsNullOrWhiteSpace(authority))
        {
            // The discovery document and keys come over HTTP: with timeouts and retries, like every call out.
            builder.Services.AddHttpClient(OpenIdDiscovery).AddCallResilience(TimeSpan.FromSeconds(30));
            builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Configure<IHttpClientFactory>((jwt, clients) => jwt.Backchannel = clients.CreateClient(OpenIdDiscovery));
        }
        else
        {
            var issuer = builder.Configuration["Identity:Issuer"] ?? DefaultLocalIssuer;
            var dataDirectory = DataDirectory.Of(builder.Configuration, builder.Environment);
            builder.Services.TryAddSingleton(_ => SigningKeys.LoadOrCreate(issuer, dataDirectory));
            builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKeys>((jwt, keys) =>
            {
                jwt.TokenValidationParameters.ValidIssuer = keys.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = keys.Key;
            });
        }
        Policies.Add(builder.Services.AddAuthorizationBuilder());
        return builder;
    }
}
