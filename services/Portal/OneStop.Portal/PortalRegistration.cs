using System.Text.Encodings.Web;
using OneStop.Portal.Infrastructure;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using OneStop.Portal.Pages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Messaging;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal;

public static class PortalRegistration
{
    /// <summary>
    /// The portal's pages, its sign-in cookie and its client of the services' API: <c>Portal:ApiBaseAddress</c> (the
    /// gateway, in distributed mode), or this process's own address (the all-in-one host serves the API itself).
    /// </summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/", PortalAuth.SignedIn);
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToFolder("/Guide");
            options.Conventions.AllowAnonymousToFolder("/Calendar");
            options.Conventions.AllowAnonymousToFolder("/Contractors");
            options.Conventions.AuthorizeFolder("/Apply", PortalAuth.Files);
            // "My applications" is an applicant's; one application's page is for whoever the service lets read it.
            options.Conventions.AuthorizePage("/Applications/Index", PortalAuth.Applicant);
            options.Conventions.AuthorizeFolder("/Counter", PortalAuth.Counter);
            options.Conventions.AuthorizeFolder("/Operator", PortalAuth.Operator);
            options.Conventions.AuthorizeFolder("/Approvals", PortalAuth.Approvals);
            options.Conventions.ConfigureFilter(new SecurityHeaders());
            options.Conventions.ConfigureFilter(new FormGuard());
        });
        builder.Services.AddAuthentication().AddCookie(PortalAuth.Scheme, cookie =>
        {
            cookie.Cookie.Name = "onestop-portal";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.LoginPath = "/account/sign-in";
            // A page this account may not open answers 403 where it was asked for (the error page says so), not a redirect.
            cookie.Events.OnRedirectToAccessDenied = denied =>
            {
                denied.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // No longer than the access token it carries.
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(55);
            cookie.SlidingExpiration = false;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PortalAuth.SignedIn, policy => policy.AddAuthenticationSchemes(PortalAuth.Scheme).RequireAuthenticatedUser())
            .AddPolicy(PortalAuth.Files, policy => policy.AddAuthenticationSchemes(PortalAuth.Scheme).RequireRole(Roles.Applicant, Roles.Clerk))
            .AddPolicy(PortalAuth.Applicant, policy => policy.AddAuthenticationSchemes(PortalAuth.Scheme).RequireRole(Roles.Applicant))
            .AddPolicy(PortalAuth.Counter, policy => policy.AddAuthenticationSchemes(PortalAuth.Scheme).RequireRole(Roles.Clerk))
            .AddPolicy(PortalAuth.Operator, policy => policy.AddAuthenticationSchemes(PortalAuth.Scheme).RequireRole(Roles.Operator, Roles.Supervisor))
            .AddPolicy(PortalAuth.Approvals, policy => policy.AddAuthenticationSchemes(PortalAuth.Scheme)
                .RequireRole(Roles.Approver, Roles.Operator, Roles.Supervisor, Roles.Regulator));
        // The sign-in cookie and the forms' anti-forgery tokens stay readable across restarts and replicas (keys in the
        // portal's database: PostgreSQL with ConnectionStrings:Portal, else portal.db in the data folder).
        builder.AddDatabase<PortalDbContext>("Portal");
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<FolderKeyImport>(services,
            Path.Combine(DataDirectory.Of(builder.Configuration, builder.Environment), FolderKeyImport.FolderName)));
        builder.Services.AddDataProtection().SetApplicationName("onestop-portal").PersistKeysToDbContext<PortalDbContext>();
        // Chinese as characters, not &#x...; entities: a third of the page weight, and readable in the source.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(new ErrorPages(PortalPaths.Include, pages =>
        {
            // A bad request (an unreadable form, a body too large) keeps its status; anything else is a 500 page.
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = ErrorModel.Path,
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            pages.UseStatusCodePagesWithReExecute(ErrorModel.Path);
        }));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Ui>();
        var configured = builder.Configuration["Portal:ApiBaseAddress"];
        builder.Services.AddHttpClient<PortalApi>((services, http) => http.BaseAddress = configured is { Length: > 0 } ? new Uri(configured) : OwnAddress(services))
            .AddCallResilience(TimeSpan.FromSeconds(30));
        return builder;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapPortalEndpoints();
        return app;
    }

    /// <summary>Where this process listens, as a client reaches it (the all-in-one host calls its own API).</summary>
    private static Uri OwnAddress(IServiceProvider services)
    {
        var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Set Portal:ApiBaseAddress: this process listens on no known address.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost")
            .Replace("://0.0.0.0", "://localhost"));
        return uri.Uri;
    }
}
