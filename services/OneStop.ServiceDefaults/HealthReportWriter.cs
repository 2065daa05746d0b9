using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OneStop.ServiceDefaults;

/// <summary>
/// The readiness report as JSON: the overall status, and each check's status and description, so that an operator reads
/// why a service is degraded (a year counted provisionally, say) where the probes only read the status code: 200 for
/// healthy and degraded, 503 for unhealthy. A check that failed with an exception names it (its type and message);
/// the stack trace stays in the log.
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
                description = entry.Value.Description,
                exception = entry.Value.Exception is { } exception ? new { type = exception.GetType().FullName, message = exception.Message } : null,
            }),
        }, cancellationToken: http.RequestAborted);
    }
}
