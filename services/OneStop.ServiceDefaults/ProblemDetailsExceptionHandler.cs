using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Turns every exception into RFC 9457 problem details. Bad requests (malformed JSON, oversized or wrongly typed
/// bodies) keep their own status and say what was wrong; anything else is a 500 that never shows a stack trace.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, TitleFor(bad.StatusCode), DetailOf(bad)),
            _ => (StatusCodes.Status500InternalServerError, "服务器内部错误 / Internal server error", null),
        };
        if (status >= 500)
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "请求内容过大 / Request body too large",
        StatusCodes.Status415UnsupportedMediaType => "不支持的内容类型 / Unsupported media type",
        _ => "请求无效 / Bad request",
    };

    // The JSON reader's message names the path and position of the fault ("Path: $.utilities.electricity.capacityKw"),
    // which is exactly what a client needs; it never contains server internals.
    private static string DetailOf(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json ? $"{exception.Message} {json.Message}" : exception.Message;
}
