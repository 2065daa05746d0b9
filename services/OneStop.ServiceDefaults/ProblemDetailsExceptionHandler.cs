using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Turns every exception into RFC 9457 problem details. Bad requests (malformed JSON, wrong value types, oversized or
/// wrongly typed bodies) keep their status and name the offending field; a database that cannot be reached for the
/// moment (restarting, failing over) is a 503 with Retry-After, which clients retry with the same Idempotency-Key;
/// anything else is a 500 without a stack trace. A request the host's own error pages serve is left to them.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger,
    ErrorPages? pages = null) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (pages?.Serves(httpContext) == true)
            return false;
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Detail = "请求体缺失或无法读取 / The request body is missing or unreadable.",
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode },
            _ when IsTransientDatabaseFailure(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = "数据库暂时无法访问，请稍后重试 / The database cannot be reached for the moment; try again shortly.",
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError },
        };
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            logger.LogWarning("Database unreachable for {Method} {Path}: {Error}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        }
        else if (problem.Status >= 500)
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private const string RetryAfterSeconds = "5";

    // EF Core wraps the provider's exception (DbUpdateException, RetryLimitExceededException): look down the chain.
    private static bool IsTransientDatabaseFailure(Exception? exception) =>
        exception is not null && (exception is DbException { IsTransient: true } || IsTransientDatabaseFailure(exception.InnerException));

    // The reader knows where it failed ("$.utilities.electricity.capacityKw"); that path is the field the client must fix.
    private static ProblemDetails InvalidJson(JsonException json)
    {
        var field = json.Path is null or "$" ? "body" : json.Path.TrimStart('$', '.');
        var (line, position) = ((json.LineNumber ?? 0) + 1, (json.BytePositionInLine ?? 0) + 1);
        return new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = $"请求体不是有效的 JSON，或 {field} 的值类型不对（第 {line} 行，第 {position} 字节）"
                + $" / The body is not valid JSON, or {field} has the wrong type (line {line}, byte {position}).",
            Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = ["格式或类型错误 / malformed or wrongly typed value"] } },
        };
    }
}
