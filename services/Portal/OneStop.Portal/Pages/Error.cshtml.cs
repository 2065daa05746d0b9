using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages;

/// <summary>
/// Every failure of a portal request as a page, with the status code it had: shown in place of what failed (the
/// status-code pages and the exception handler re-execute here, with the request's own method); visited directly, it
/// is not found. A failed post is shown as it came, with or without its anti-forgery token.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public const string Path = "/error";

    public int Status => Response.StatusCode;

    public string? Back => Navigation.Back(HttpContext);

    /// <summary>What the log calls this request (as problem details' traceId), for the counter to find it.</summary>
    public string Reference => Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;

    public IActionResult OnGet() => Navigation.ShowingFailure(HttpContext) ? Page() : NotFound();

    public IActionResult OnPost() => OnGet();
}
