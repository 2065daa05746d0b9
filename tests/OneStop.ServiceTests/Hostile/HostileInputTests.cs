using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.ServiceTests.Security;
using static OneStop.ServiceTests.Hostile.HostileRun;

namespace OneStop.ServiceTests.Hostile;

/// <summary>What went wrong with one hostile request: <see cref="Kind"/> says which rule it broke, <see cref="Cause"/> why.</summary>
public sealed record Failure(HostileRequest Request, int Status, string Kind, string Cause);

/// <summary>
/// Thousands of generated hostile requests against every API endpoint of the all-in-one host, as every demo user.
/// None may get a 5xx; every refusal is problem details (OAuth's error form at the token endpoint) and writes nothing;
/// the host is ready afterwards. Each run prints its seed: ONESTOP_HOSTILE_SEED=&lt;seed&gt; replays exactly that run.
/// </summary>
public sealed class HostileInputTests(SecuredHost host) : IClassFixture<SecuredHost>
{
    private const int RequestsPerRun = 2_000;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hostile_requests_get_no_5xx_only_problem_details_and_write_nothing()
    {
        var seed = Seed("Hostile inputs");
        var surface = await AttackSurface.OfAsync(host);
        var recorder = new ExceptionRecorder();
        host.Services.GetRequiredService<ILoggerFactory>().AddProvider(recorder);
        var rows = new RowCounts(host.Services);
        var tables = (await rows.TakeAsync()).Count;
        Assert.True(tables > 0, "No business table found to prove that refusals write nothing.");
        var failures = new List<Failure>();
        var statuses = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var sent = 0;

        // One sample is the whole run, so that the seed replays every request of it, in order.
        await Check.SampleAsync(HostileGen.Batch(surface, RequestsPerRun), async batch =>
        {
            sent = batch.Length;
            await new Attack(host, rows, recorder, failures, statuses).RunAsync(batch);
        }, seed: seed, iter: 1, threads: 1, print: batch => $"{batch.Length} hostile requests");

        using var ready = await host.ClientFor(null).GetAsync("/health/ready", Cancellation);
        Print($"{sent} requests to {surface.Targets.Count} endpoints in {clock.Elapsed.TotalSeconds:F1} s, row counts of {tables} tables checked; /health/ready {(int)ready.StatusCode}");
        Print(Answers(statuses));
        var report = Report(failures);
        Print(report);
        Assert.True(report.Length == 0, $"Seed {seed} ({HostileRun.SeedVariable}={seed}):\n{report}");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private sealed class Attack(SecuredHost host, RowCounts rows, ExceptionRecorder recorder, List<Failure> failures, Dictionary<int, int> statuses)
    {
        private readonly Dictionary<string, HttpClient> _clients =
            AccessMatrixTests.Users.ToDictionary(user => user, user => host.ClientFor(user == AccessMatrixTests.Anonymous ? null : user));

        public async Task RunAsync(HostileRequest[] batch)
        {
            foreach (var request in batch)
                await SendAsync(request);
        }

        private async Task SendAsync(HostileRequest request)
        {
            var before = request.Writes ? await rows.TakeAsync() : null;
            using var message = request.ToMessage();
            using var response = await HostileRun.SendAsync(_clients[request.User], message, request, recorder, failures, statuses);
            if (response is null)
                return;
            var status = (int)response.StatusCode;
            if (status >= 400)
            {
                if (await WrongErrorFormAsync(request, response) is { } wrong)
                    failures.Add(new Failure(request, status, "error not in the expected form", wrong));
                if (before is not null && RowCounts.Changed(before, await rows.TakeAsync()) is { Count: > 0 } changed)
                    failures.Add(new Failure(request, status, "refusal wrote rows", string.Join(", ", changed)));
            }
            else if (request.Writes)
                await rows.SettleAsync();
        }

        /// <summary>Null if the error is problem details with its status, or OAuth's {"error": …} at the token endpoint.</summary>
        private static async Task<string?> WrongErrorFormAsync(HostileRequest request, HttpResponseMessage response)
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var text = await response.Content.ReadAsStringAsync(Cancellation);
            JsonNode? body = null;
            try
            {
                body = text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
            }
            if (request.PathAndQuery.StartsWith(Target.TokenPath) && mediaType == "application/json" && body?["error"] is JsonValue)
                return null;
            if (mediaType == "application/problem+json" && (int?)body?["status"] == (int)response.StatusCode)
                return null;
            var accept = request.Headers.Where(h => h.Key == "Accept").Select(h => h.Value).DefaultIfEmpty("(none)");
            return $"{response.StatusCode:D} answered {mediaType ?? "(no Content-Type)"} to Accept: {string.Join(", ", accept)}";
        }
    }
}
