using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.ServiceDefaults.Identity;

/// <summary>
/// Limits joint-application submissions per signed-in user and per client address, at the front door (the gateway,
/// or the all-in-one host). Every other request passes untouched.
/// </summary>
public static class SubmissionRateLimiting
{
    public const string SubmissionPath = "/api/intake/applications";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddSubmissionRateLimiting(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimiting:Submission");
        var perUser = settings.GetValue("PerUserPerMinute", 10);
        var perAddress = settings.GetValue("PerAddressPerMinute", 60);
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PerMinute(perUser, http => http.User.FindFirstValue(OneStopClaims.Subject)),
                PerMinute(perAddress, http => http.Connection.RemoteIpAddress?.ToString()));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static PartitionedRateLimiter<HttpContext> PerMinute(int permits, Func<HttpContext, string?> partitionKey) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
            IsSubmission(http.Request) && partitionKey(http) is { } key
                ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window })
                : RateLimitPartition.GetNoLimiter(""));

    private static bool IsSubmission(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(SubmissionPath, StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = $"提交过于频繁，请 {seconds} 秒后再试 / Too many applications submitted; try again in {seconds} s.",
            },
        });
    }
}
