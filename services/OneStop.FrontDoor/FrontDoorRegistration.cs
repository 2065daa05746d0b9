using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OneStop.FrontDoor.SignIn;
using OneStop.Messaging;
using OneStop.ServiceDefaults;

namespace OneStop.FrontDoor;

/// <summary>What the front door does itself (the gateway, or the all-in-one host): throttling password sign-ins.</summary>
public static class FrontDoorRegistration
{
    public const string Name = "sign-in";

    public static WebApplicationBuilder AddFrontDoor(this WebApplicationBuilder builder)
    {
        // PostgreSQL with ConnectionStrings:FrontDoor, shared by every gateway replica; else frontdoor.db in the data folder.
        builder.AddDatabase<FrontDoorDbContext>("FrontDoor");
        builder.Services.AddOptions<SignInThrottleOptions>().BindConfiguration("SignIn:Throttle");
        builder.Services.AddScoped<SignInThrottle>();
        // Documented where the host publishes API documents (the all-in-one host); the gateway publishes none of its own.
        if (builder.Services.PublishesOpenApi())
            builder.Services.AddServiceOpenApi(Name);
        return builder;
    }

    /// <summary>After MapDefaultEndpoints: the throttle judges the client address the forwarded-headers middleware found.</summary>
    public static WebApplication UseFrontDoor(this WebApplication app)
    {
        app.UseMiddleware<SignInThrottling>();
        app.MapGroup("/api/sign-in").WithGroupName(Name).WithTags("Sign-in").MapLockouts();
        return app;
    }
}
