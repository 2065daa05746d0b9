using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OneStop.Testing;
using static OneStop.Testing.ApplicationView;

namespace OneStop.EndToEndTests;

/// <summary>
/// A high-voltage electricity case and a water case worked to connection through the gateway, every service its own
/// process on real RabbitMQ and PostgreSQL: the operators act, the applicant answers a correction and declares its
/// works through intake, and intake closes the joint application. It files in a district that surveys apart; the joint
/// survey has its own test.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkflowEndToEndTests(PlatformFixture fixture)
{
    private const string Applicant = "hz-tech";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public Task Operators_and_the_applicant_take_a_joint_application_from_filing_to_completed() =>
        ServiceErrors.ExplainFailuresAsync(fixture.Platform, async platform =>
        {
            var api = fixture.Intake;
            var body = SampleApplications.Body("electricity", "water");
            body["utilities"]!["electricity"] = new JsonObject { ["capacityKw"] = 800, ["usage"] = "industrial", ["powerSource"] = "single" };
            body["site"]!["regionCode"] = PlatformFixture.RegionSurveyingApart;
            var submitted = await api.SubmitAsync(body);
            fixture.RecordFiled(submitted.Id, ["electricity", "water"]);
            var application = await api.WaitForStatusAsync(submitted.Id, "inProgress", Timeout);
            var electricity = CaseId(application, "electricity");
            var water = CaseId(application, "water");

            // The documents travel as references; the operator reads the content from intake (PostgreSQL large objects).
            var electricityCase = await api.GetJsonAsync<JsonObject>($"/api/electricity/applications/{electricity}", Operator("electricity"));
            var sitePlan = electricityCase["documents"]!.AsArray().Single(d => (string?)d!["type"] == "site-plan")!;
            using (var operatorClient = await api.ClientAsAsync(Operator("electricity")))
            {
                var content = await operatorClient.GetByteArrayAsync((string)sitePlan["content"]!);
                Assert.Equal((string?)sitePlan["sha256"], Convert.ToHexStringLower(SHA256.HashData(content)));
            }

            var queue = await api.GetJsonAsync<JsonArray>("/api/electricity/queue", Operator("electricity"));
            Assert.Contains(queue, item => (string)item!["id"]! == electricity.ToString());
            await ActAsync(api, "electricity", electricity, "accept", new { });
            await ActAsync(api, "electricity", electricity, "corrections", new { needed = "请补充用电负荷清单 / list of the loads, please" });

            var asked = await WaitAsync(api, submitted.Id, a => Utility(a, "electricity")["correction"] is JsonObject);
            var correctionId = (string)Utility(asked, "electricity")["correction"]!["id"]!;
            await api.PostAsync($"/api/intake/applications/{submitted.Id}/utilities/electricity/corrections/{correctionId}/answer", Applicant,
                new { answer = "负荷清单已补充 / loads listed" }, HttpStatusCode.Accepted);
            await WaitForCaseAsync(api, "electricity", electricity, "inProgress");

            await ActAsync(api, "electricity", electricity, "complete",
                new { stage = "supply-plan", data = new { supplyVoltage = "10kV", planSummary = "10kV 单电源专线 / one 10 kV line" } });
            await WaitAsync(api, submitted.Id, a => (bool)Utility(a, "electricity")["awaitingWorksDeclaration"]!);
            await api.PostAsync($"/api/intake/applications/{submitted.Id}/utilities/electricity/customer-works", Applicant,
                new { note = "配电房已建成 / substation built" }, HttpStatusCode.Accepted);
            await WaitForCaseAsync(api, "electricity", electricity, "inProgress");
            await ActAsync(api, "electricity", electricity, "complete", new { stage = "completion-inspection", data = new { inspectionResult = "passed" } });
            await ActAsync(api, "electricity", electricity, "complete",
                new { stage = "metering-energising", data = new { meterNumber = "3301061234567", energisedAt = Now() } });

            await ActAsync(api, "water", water, "accept", new { });
            await ActAsync(api, "water", water, "complete",
                new { stage = "inspection-turn-on", data = new { inspectionResult = "passed", meterNumber = "W-1", turnedOnAt = Now() } });

            // The last stage's completion and the connection are two events: either may reach intake first.
            var completed = await WaitAsync(api, submitted.Id, a => (string)a["status"]! == "completed"
                && a["timeline"]!.AsArray().Count(t => (string)t!["event"]! == "connected") == 2);
            Assert.All(completed["utilities"]!.AsArray(), u => Assert.Equal("connected", (string)u!["status"]!));
            var events = completed["timeline"]!.AsArray().Select(t => (string)t!["event"]!).ToList();
            Assert.Equal(6, events.Count(e => e == "stageCompleted"));
            Assert.Equal(2, events.Count(e => e == "connected"));
            Assert.Equal(["correctionRequested", "correctionAnswered", "resumed", "customerWorksDeclared"],
                events.Where(e => e is "correctionRequested" or "correctionAnswered" or "resumed" or "customerWorksDeclared"));
            Assert.Equal("completed", events[^1]);
            Assert.Equal(4L, await platform.Databases.ScalarAsync<long>("electricity",
                "SELECT count(*) FROM stages WHERE \"CaseId\" = $1 AND \"OnTime\"", electricity));
        });

    private static async Task ActAsync(PublicApiClient api, string utility, Guid caseId, string action, object body) =>
        await api.PostAsync($"/api/{utility}/applications/{caseId}/{action}", Operator(utility), body);

    private static async Task WaitForCaseAsync(PublicApiClient api, string utility, Guid caseId, string status)
    {
        var deadline = DateTime.UtcNow + Timeout;
        JsonObject view;
        do
        {
            view = await api.GetJsonAsync<JsonObject>($"/api/{utility}/applications/{caseId}", Operator(utility));
            if ((string)view["status"]! == status)
                return;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"The {utility} case {caseId} did not reach {status}: {view.ToJsonString()}");
    }

    private static async Task<JsonObject> WaitAsync(PublicApiClient api, Guid id, Func<JsonObject, bool> done)
    {
        var deadline = DateTime.UtcNow + Timeout;
        JsonObject application;
        do
        {
            application = await api.GetAsync(id);
            if (done(application))
                return application;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Application {id} did not get there: {application.ToJsonString()}");
    }

    private static string Operator(string utility) => PublicApiClient.OperatorOf(utility);

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz");
}
