using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace OneStop.Portal.Infrastructure;

/// <summary>Where the visitor is, and where it came from, also while a failure is shown in place of the page it asked for.</summary>
public static class Navigation
{
    /// <summary>True while the error page is shown in place of a request that failed (status-code pages, the exception handler).</summary>
    public static bool ShowingFailure(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerPathFeature>() is not null;

    /// <summary>The address the visitor asked for: the one that failed while its failure is shown, so that the language switch and sign-in return there.</summary>
    public static string Here(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted ? reExecuted.OriginalPath + reExecuted.OriginalQueryString
        : http.Features.Get<IExceptionHandlerPathFeature>() is { } failed ? failed.Path
        : http.Request.Path + http.Request.QueryString;

    /// <summary>
    /// The portal page the visitor came from (its Referer), or null: only an address on this host and within the portal
    /// (never "//elsewhere"), and never the page that is failing, so that "back" can lead nowhere else.
    /// </summary>
    public static string? Back(HttpContext http)
    {
        if (!Uri.TryCreate(http.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
            return null;
        var back = referer.PathAndQuery;
        return back.StartsWith('/') && !back.StartsWith("//") && !back.StartsWith("/\\") && back != Here(http) ? back : null;
    }
}
