using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneStop.ServiceDefaults;

/// <summary>
/// The readiness report as JSON: the overall status, and each check's status and description, so that an operator reads
/// why a service is degraded (a year counted provisionally, say) where the probes only read the status code: 200 for
/// healthy and degraded, 503 for unhealthy. A check that failed with an exception names its type; the message (which
/// may hold an internal address: the endpoint is anonymous) and the stack stay in the log.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
            {
                status = entry.Value.Status.ToString(),
                // A check that threw has the exception's message as its description: left out with the message.
                description = entry.Value.Exception is { } failure && entry.Value.Description == failure.Message ? null : entry.Value.Description,
                exception = entry.Value.Exception?.GetType().FullName,
            }),
        }, cancellationToken: http.RequestAborted);
    }
}
