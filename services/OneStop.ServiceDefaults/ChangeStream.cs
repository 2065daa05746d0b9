using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Server-sent events that tell a page when what it shows has changed ("changed", with a mark that moves on every
/// change), so that it fetches its new state at once instead of asking every few seconds. The mark is read from the
/// service's database twice a second, so a change made by any replica is seen. A stream ends after a few minutes and
/// the browser's EventSource opens the next one by itself.
/// </summary>
public static class ChangeStream
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StreamFor = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Streams until the page goes away, the stream's time is up or the service stops; 406 to a client that did not ask
    /// for a stream (an EventSource does), which would otherwise wait for an end that never comes.
    /// </summary>
    public static async Task<IResult> RunAsync(HttpContext http, Func<CancellationToken, Task<long>> readMark)
    {
        if (!AskedForStream(http.Request))
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "仅提供事件流 / Only an event stream is served here",
                detail: "请以 Accept: text/event-stream 请求 / Ask with Accept: text/event-stream.");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted,
            http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        stop.CancelAfter(StreamFor);
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        try
        {
            var mark = await readMark(stop.Token);
            await WriteAsync(http, $"retry: 1000\n{Changed(mark)}", stop.Token);
            var quietFor = TimeSpan.Zero;
            while (true)
            {
                // An interval, not a reading of the time: a test's fake clock must not hold the stream still.
                await Task.Delay(Every, stop.Token);
                var current = await readMark(stop.Token);
                if (current != mark)
                {
                    (mark, quietFor) = (current, TimeSpan.Zero);
                    await WriteAsync(http, Changed(mark), stop.Token);
                }
                else if ((quietFor += Every) >= Heartbeat)
                {
                    // A comment keeps proxies from closing a quiet stream.
                    quietFor = TimeSpan.Zero;
                    await WriteAsync(http, ": quiet\n\n", stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The browser reconnects where it should.
        }
        return Results.Empty;
    }

    public static bool AskedForStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accepted => accepted.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase));

    private static string Changed(long mark) => $"event: changed\ndata: {mark.ToString(CultureInfo.InvariantCulture)}\n\n";

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync(text, cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
