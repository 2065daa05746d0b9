using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace OneStop.ServiceDefaults;

public static class HttpResilience
{
    /// <summary>
    /// The standard pipeline for a call to another system — a total timeout, two retries of transient failures with
    /// jittered back-off, a circuit breaker, a timeout per attempt — all within <paramref name="timeout"/>. Only safe
    /// methods are retried unless <paramref name="retryPosts"/> (a query sent as POST): a POST that reached the other
    /// side may have acted.
    /// </summary>
    public static IHttpClientBuilder AddCallResilience(this IHttpClientBuilder client, TimeSpan timeout, bool retryPosts = false)
    {
        client.AddStandardResilienceHandler(options =>
        {
            options.TotalRequestTimeout.Timeout = timeout;
            options.AttemptTimeout.Timeout = timeout / 3;
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * options.AttemptTimeout.Timeout.TotalSeconds));
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.Delay = TimeSpan.FromMilliseconds(200);
            if (!retryPosts)
                options.Retry.DisableForUnsafeHttpMethods();
        });
        return client;
    }
}
