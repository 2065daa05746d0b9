using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Identity.Accounts;
using OneStop.Identity.Issuer;
using OneStop.ServiceDefaults;

namespace OneStop.Identity;

/// <summary>
/// The built-in OpenID Connect issuer of the all-in-one host (and of plain-process runs without Keycloak): signs
/// tokens for the demo accounts with the key that the services' token validation reads from the same data folder.
/// </summary>
public static class IdentityService
{
    public const string Name = "identity";

    public static WebApplicationBuilder AddIdentityService(this WebApplicationBuilder builder)
    {
        var dataDirectory = DataDirectory.Of(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(new DemoAccounts(DemoAccounts.LoadOrCreatePassword(builder.Configuration["Identity:DemoPassword"], dataDirectory)));
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddServiceOpenApi(Name);
        return builder;
    }

    public static WebApplication MapIdentityService(this WebApplication app)
    {
        app.MapGroup(OpenIdEndpoints.RealmPath).WithGroupName(Name).WithTags("Identity").AllowAnonymous().MapOpenIdEndpoints();
        app.MapGroup("/api/identity").WithGroupName(Name).WithTags("Identity").MapAccounts();
        return app;
    }
}
