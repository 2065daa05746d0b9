using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OneStop.ServiceDefaults;

/// <summary>
/// Problem details whatever the Accept header asks for. The framework's writer declines when Accept leaves JSON out
/// (text/html, application/xml, a misspelt type), and the error then goes out as plain text or with no body at all;
/// RFC 9110 lets a server disregard Accept, and an error the client can parse beats one it cannot. Registered after
/// the framework's writer, so it only answers what that one declined.
/// </summary>
internal sealed class ProblemDetailsWriterOfLastResort(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json",
            context.HttpContext.RequestAborted));
    }
}
