using System.Collections.Concurrent;
using System.Diagnostics;
using OneStop.Testing;

namespace OneStop.EndToEndTests;

/// <summary>The whole distributed platform, driven only through the gateway, as a citizen's browser or the portal would.</summary>
[Collection(PlatformCollection.Name)]
public sealed class JointApplicationEndToEndTests(PlatformFixture fixture)
{
    private const int Applications = 50;
    private const int ConcurrentRequests = 8;
    // A deadline, not a wait: a warm platform answers in well under a second, a cold one on a busy 2-core machine in tens.
    private static readonly TimeSpan ProgressTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan LogTimeout = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private static ParallelOptions Bounded => new() { MaxDegreeOfParallelism = ConcurrentRequests, CancellationToken = Cancellation };

    [Fact]
    public Task Fifty_applications_over_every_subset_each_reach_exactly_the_utilities_they_requested() =>
        ServiceErrors.ExplainFailuresAsync(fixture.Platform, async platform =>
        {
            var filed = new ConcurrentDictionary<Guid, string[]>();
            await Parallel.ForEachAsync(Enumerable.Range(0, Applications), Bounded, async (index, token) =>
            {
                var utilities = SampleApplications.Subset(index);
                var submitted = await fixture.Intake.SubmitAsync(SampleApplications.Body(utilities), cancellationToken: token);
                fixture.RecordFiled(submitted.Id, utilities);
                filed[submitted.Id] = utilities;
            });
            Assert.Equal(31, filed.Values.Select(utilities => string.Join('+', utilities)).Distinct().Count());

            var inProgress = await ApplicationProgress.WaitUntilAllAsync(fixture.Intake, filed.Keys, "inProgress", ProgressTimeout, Cancellation);
            foreach (var (id, view) in inProgress)
                Assert.Equal(filed[id].Order(), view["utilities"]!.AsArray().Select(utility => (string)utility!["utility"]!).Order());

            var wrongRecordCounts = new ConcurrentBag<string>();
            var everyPair = filed.SelectMany(application => SampleApplications.Utilities.Select(utility => (application, utility)));
            await Parallel.ForEachAsync(everyPair, Bounded, async (pair, _) =>
            {
                var ((id, requested), utility) = pair;
                var records = await fixture.Intake.ListUtilityRecordsAsync(utility, id);
                var expected = requested.Contains(utility) ? 1 : 0;
                if (records.Count != expected)
                    wrongRecordCounts.Add($"{utility} holds {records.Count} record(s) for {id} ({string.Join('+', requested)}); expected {expected}");
            });
            Assert.Empty(wrongRecordCounts);

            // Every application this platform was sent, including other tests' ones, so that the order of tests does not matter.
            foreach (var utility in SampleApplications.Utilities)
            {
                var rows = await platform.Databases.ScalarAsync<long>(utility, "SELECT count(*) FROM applications");
                Assert.Equal(fixture.Filed.Values.Count(requested => requested.Contains(utility)), rows);
            }
        });

    [Fact]
    public Task One_trace_runs_from_the_gateway_through_intake_over_the_bus_to_the_utilities_and_back() =>
        ServiceErrors.ExplainFailuresAsync(fixture.Platform, async platform =>
        {
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            string[] utilities = ["electricity", "water"];
            using var traced = new HttpClient(new TraceParentHandler($"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01"))
            {
                BaseAddress = platform.Gateway!.BaseAddress,
            };

            var submitted = await new PublicApiClient(traced, fixture.Platform.Tokens).SubmitAsync(SampleApplications.Body(utilities), cancellationToken: Cancellation);
            fixture.RecordFiled(submitted.Id, utilities);
            // Polled without the trace header, so that every line found in the trace below was caused by the submission.
            await fixture.Intake.WaitForStatusAsync(submitted.Id, "inProgress", ProgressTimeout);

            var intake = platform.Services["Intake"];
            await JsonLogLine.WaitForAsync(intake, traceId,
                line => line.StateValue("{OriginalFormat}") == "Joint application {ApplicationNumber} ({ApplicationId}) submitted for {Utilities}"
                    && line.StateValue("ApplicationId") == submitted.Id.ToString(), 1, LogTimeout, Cancellation);
            foreach (var utility in utilities)
                await JsonLogLine.WaitForAsync(platform.Services[ServiceName(utility)], traceId,
                    line => Handled(line, "JointApplicationSubmitted"), 1, LogTimeout, Cancellation);
            var receipts = await JsonLogLine.WaitForAsync(intake, traceId,
                line => Handled(line, "UtilityApplicationReceived"), utilities.Length, LogTimeout, Cancellation);
            Assert.Equal(utilities.Length, receipts.Select(line => line.StateValue("MessageId")).Distinct().Count());
        });

    // IdempotentConsumer's "{Consumer} handled {MessageType} {MessageId}", written only once the effects have committed.
    private static bool Handled(JsonLogLine line, string messageType) =>
        line.StateValue("{OriginalFormat}") == "{Consumer} handled {MessageType} {MessageId}" && line.StateValue("MessageType") == messageType;

    private static string ServiceName(string utility) => char.ToUpperInvariant(utility[0]) + utility[1..];
}
