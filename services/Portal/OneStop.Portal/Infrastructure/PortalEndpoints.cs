using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OneStop.Portal.Infrastructure;

/// <summary>The portal's few endpoints besides its pages: its stylesheet, script and icon, the language switch, document downloads.</summary>
public static class PortalEndpoints
{
    private static readonly Dictionary<string, string> AssetTypes = new()
    {
        [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".svg"] = "image/svg+xml",
    };

    public static void MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/assets/{name}", Asset).AllowAnonymous().ExcludeFromDescription();
        // Browsers ask for it whatever the page links: it must not need a sign-in.
        app.MapGet("/favicon.ico", () => Asset("favicon.svg")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/portal/language", SwitchLanguage).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/portal/documents/{id:guid}", DownloadAsync).RequireAuthorization(PortalAuth.SignedIn).ExcludeFromDescription();
    }

    private static IResult Asset(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"assets/{name}");
        return stream is null || !AssetTypes.TryGetValue(Path.GetExtension(name), out var type)
            ? Results.NotFound()
            : Results.Stream(stream, type);
    }

    private static IResult SwitchLanguage(string? to, string? back, HttpContext http)
    {
        http.Response.Cookies.Append(Ui.Cookie, to == "en" ? "en" : "zh", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
        // Only back into the portal: never an open redirect.
        return Results.LocalRedirect(back is { Length: > 0 } && back.StartsWith('/') && !back.StartsWith("//") ? back : "/");
    }

    /// <summary>A document from intake, read with the user's token: intake decides whether this user may have it.</summary>
    private static async Task DownloadAsync(Guid id, PortalApi api, HttpContext http)
    {
        using var response = await api.GetContentAsync($"/api/intake/documents/{id}/content");
        http.Response.StatusCode = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
            return;
        http.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        http.Response.Headers.ContentDisposition = response.Content.Headers.ContentDisposition?.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
