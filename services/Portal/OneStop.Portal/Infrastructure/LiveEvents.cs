using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OneStop.ServiceDefaults;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// A service's server-sent events (an application's or a queue's changes) passed on to the browser as they come, read
/// with the user's token; the page's script fetches the page's live part on each (assets/portal.js).
/// </summary>
public static class LiveEvents
{
    public static async Task<IActionResult> PassOnAsync(PortalApi api, HttpContext http, string path)
    {
        if (!ChangeStream.AskedForStream(http.Request))
            return new StatusCodeResult(StatusCodes.Status406NotAcceptable);
        using var changes = await api.GetContentAsync(path, accept: "text/event-stream");
        if (!changes.IsSuccessStatusCode)
            return new NotFoundResult();
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        try
        {
            await changes.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
        {
            // The page went away or the service ended the stream: the browser's EventSource opens the next one.
        }
        return new EmptyResult();
    }
}
