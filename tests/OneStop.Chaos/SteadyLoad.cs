using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using OneStop.Testing;

namespace OneStop.Chaos;

/// <summary>
/// Open loop: an application is offered every 1/rate seconds whatever the platform answers, as applicants at counters
/// and on the portal would. Each offer carries an Idempotency-Key of its own and is retried with it — after a refused
/// connection, a timeout or a 5xx — until a 202 or <see cref="ChaosOptions.GiveUpAfter"/>; once acknowledged it is asked
/// once more, so that a replay that named another application would show as a duplicate.
/// </summary>
public sealed class SteadyLoad(HttpClient gateway, DemoTokens tokens, ChaosOptions options, Stopwatch clock)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, string> _bodies = [];

    public ConcurrentQueue<Offer> Offers { get; } = new();
    /// <summary>What failed attempts answered: a status code, or the exception's type.</summary>
    public ConcurrentDictionary<string, int> Failures { get; } = new();
    public string KeyPrefix => $"chaos-{_run}-";

    /// <summary>Gathers each utility combination's document set once, as a wallet would hold it: the load is filing, not fetching.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        using var clerk = await new PublicApiClient(gateway, tokens).ClientAsAsync(PublicApiClient.Clerk);
        for (var subset = 0; subset < 31; subset++)
        {
            var body = SampleApplications.Body(SampleApplications.Subset(subset));
            await SampleDocuments.AttachAsync(clerk, clerk: true, body, cancellationToken);
            _bodies[string.Join(',', SampleApplications.Subset(subset))] = body.ToJsonString();
        }
    }

    /// <summary>Offers applications until <paramref name="duration"/> has passed, then waits for every offer to be acknowledged or given up.</summary>
    public async Task RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(1 / options.Rate);
        var submitting = new List<Task>();
        var started = clock.Elapsed;
        for (var number = 0; clock.Elapsed - started < duration && !cancellationToken.IsCancellationRequested; number++)
        {
            var utilities = SampleApplications.Subset(number);
            var offer = new Offer($"{KeyPrefix}{number}", utilities, clock.Elapsed);
            Offers.Enqueue(offer);
            submitting.Add(SubmitAsync(offer, _bodies[string.Join(',', utilities)], cancellationToken));
            var next = started + interval * (number + 1);
            if (next > clock.Elapsed)
                await Task.Delay(next - clock.Elapsed, cancellationToken);
        }
        await Task.WhenAll(submitting);
    }

    private async Task SubmitAsync(Offer offer, string body, CancellationToken cancellationToken)
    {
        var confirmations = 0;
        while (clock.Elapsed - offer.OfferedAt < options.GiveUpAfter && confirmations < 2 && !cancellationToken.IsCancellationRequested)
        {
            offer.Attempted();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.ForAsync(PublicApiClient.Clerk));
                request.Headers.Add("Idempotency-Key", offer.IdempotencyKey);
                using var response = await gateway.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var submitted = (await response.Content.ReadFromJsonAsync<PublicApiClient.Submitted>(cancellationToken))!;
                    offer.Acknowledged(submitted.Id, clock.Elapsed);
                    confirmations++;
                    continue;
                }
                Failed(((int)response.StatusCode).ToString());
                if ((int)response.StatusCode < 500 && response.StatusCode is not HttpStatusCode.TooManyRequests and not HttpStatusCode.Unauthorized)
                    return; // Refused for what it is: asking again would not change the answer.
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                Failed(failure is HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http
                    ? http.HttpRequestError.ToString()
                    : failure.GetType().Name);
            }
            await Task.Delay(RetryPause, cancellationToken);
        }
    }

    private void Failed(string what) => Failures.AddOrUpdate(what, 1, (_, count) => count + 1);
}
