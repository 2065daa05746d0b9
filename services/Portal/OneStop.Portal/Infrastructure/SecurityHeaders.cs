using Microsoft.AspNetCore.Mvc.Filters;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// What every page tells the browser: run only the portal's own script and stylesheet (none inline, none from
/// elsewhere), let no site frame it (clickjacking), never guess a type, and give other sites no referrer.
/// </summary>
public sealed class SecurityHeaders : IResultFilter
{
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
