using OneStop.Testing;

namespace OneStop.EndToEndTests;

/// <summary>
/// Scaling out as Kubernetes would: a second process of intake and of electricity on the same databases and broker.
/// Requests are spread over both intakes by a gateway, messages over both electricity processes by RabbitMQ; nothing
/// may be lost and nothing done twice.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ScaleOutEndToEndTests(PlatformFixture fixture)
{
    private const int Applications = 40;
    private static readonly string[] Requested = ["electricity", "water"];
    private static readonly TimeSpan ProgressTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan LogTimeout = TimeSpan.FromSeconds(10);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public Task Two_replicas_of_intake_and_of_electricity_lose_nothing_and_do_nothing_twice() =>
        ServiceErrors.ExplainFailuresAsync(fixture.Platform, async platform =>
        {
            await using var scaledOut = await platform.ScaleOutAsync();
            var (intake, gateway) = (scaledOut.Intake, scaledOut.Gateway);
            var queues = await platform.Servers.RabbitMq.ConsumersAsync(platform.VirtualHost);
            Assert.Equal(2, queues["electricity-joint-application-submitted"]);
            var filedBefore = SubmissionsLogged(platform.Services["Intake"]);

            using var http = new HttpClient { BaseAddress = gateway.BaseAddress };
            var client = new PublicApiClient(http, platform.Tokens);
            var submitted = await Task.WhenAll(Enumerable.Range(0, Applications)
                .Select(_ => client.SubmitAsync(SampleApplications.Body(Requested), cancellationToken: Cancellation)));
            var ids = submitted.Select(application => application.Id).ToArray();
            foreach (var id in ids)
                fixture.RecordFiled(id, Requested);

            var views = await ApplicationProgress.WaitUntilAllAsync(fixture.Intake, ids, "inProgress", ProgressTimeout, Cancellation);
            Assert.All(views.Values, view =>
            {
                var timeline = view["timeline"]!.AsArray().Select(entry => (string)entry!["event"]!).ToList();
                Assert.Equal(Requested.Length, timeline.Count(e => e == "receivedByUtility"));
                Assert.Equal(Requested.Length, timeline.Count(e => e == "stageStarted"));
            });
            Assert.Equal(Applications, await platform.Databases.ScalarAsync<long>("Electricity",
                "SELECT COUNT(DISTINCT \"JointApplicationId\") FROM applications WHERE \"JointApplicationId\" = ANY($1)", ids));
            Assert.Equal(Applications, await platform.Databases.ScalarAsync<long>("Electricity",
                "SELECT COUNT(*) FROM applications WHERE \"JointApplicationId\" = ANY($1)", ids));
            // Both intakes took submissions, each logged once. A process's console log reaches the test a moment after
            // its answer, so the count is awaited rather than read at once.
            int Logged() => SubmissionsLogged(intake) + SubmissionsLogged(platform.Services["Intake"]) - filedBefore;
            for (var waited = TimeSpan.Zero; Logged() < Applications && waited < LogTimeout; waited += TimeSpan.FromMilliseconds(200))
                await Task.Delay(200, Cancellation);
            Assert.Equal(Applications, Logged());
            Assert.InRange(SubmissionsLogged(intake), 1, Applications - 1);
        });

    private static int SubmissionsLogged(ServiceProcess intake) => intake.Output.Count(line => line.Contains("submitted for"));
}
