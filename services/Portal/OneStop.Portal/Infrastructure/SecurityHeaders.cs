using Microsoft.AspNetCore.Mvc.Filters;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// What every page tells the browser: run only the portal's own script and stylesheet (none inline, none from
/// elsewhere), let no site frame it (clickjacking), never guess a type, and give other sites no referrer. A page that
/// shows an uploaded PDF may embed the portal's own files (the browser's PDF viewer), and nothing else may.
/// </summary>
public sealed class SecurityHeaders : IResultFilter
{
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static readonly string EmbeddingPolicy = ContentSecurityPolicy.Replace("object-src 'none'", "object-src 'self'");

    public void OnResultExecuting(ResultExecutingContext context)
    {
        // A stream of live events has sent its headers (and its events) before its result runs.
        if (context.HttpContext.Response.HasStarted)
            return;
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = context.ActionDescriptor.EndpointMetadata.OfType<EmbedsDocumentsAttribute>().Any()
            ? EmbeddingPolicy
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

/// <summary>The page shows a document's own file in an &lt;object&gt; (a PDF): its policy allows objects from the portal.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EmbedsDocumentsAttribute : Attribute;
