using System.Net;
using System.Text.Json.Nodes;
using OneStop.Testing;
using static OneStop.Testing.ApplicationView;

namespace OneStop.EndToEndTests;

/// <summary>
/// 联合踏勘, 联合审批 and 联合验收 over RabbitMQ and PostgreSQL, every service its own process behind the gateway, on a
/// clock the test moves to each booked visit: high-voltage electricity, water and gas are surveyed on one visit; the
/// trench of electricity and water goes to two departments, one of which asks for a correction; one acceptance visit,
/// where gas fails once and inspects again alone; all three connect. In the middle of each joint step a service
/// is down and comes back — water when the survey is booked, intake when the last findings are recorded, the approvals
/// service (killed) between a correction's answer and the last decision, gas when the acceptance is booked — and
/// nothing is lost or done twice.
/// </summary>
// In the shared platform's collection, so never beside its tests: two platforms busy at once starve two cores.
[Collection(PlatformCollection.Name)]
public sealed class JointStepsEndToEndTests
{
    private const string Applicant = "hz-tech";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly string[] Joint = ["electricity", "gas", "water"];
    private static readonly string[] Services = ["Intake", "Electricity", "Water", "Gas", "Approvals"];

    [Fact]
    public async Task Three_utilities_share_one_survey_one_approval_and_one_acceptance_through_crashes_to_connection()
    {
        await using var platform = await StartAsync();
        try
        {
            await ServiceErrors.ExplainFailuresAsync(platform, RunAsync);
        }
        finally
        {
            PlatformFixture.KeepLogs(platform, "joint-steps-logs");
        }
    }

    private static async Task RunAsync(DistributedPlatform platform)
    {
        var api = platform.Client();
        var body = SampleApplications.Body("electricity", "water", "gas");
        body["utilities"]!["electricity"] = new JsonObject { ["capacityKw"] = 800, ["usage"] = "industrial", ["powerSource"] = "single" };
        var id = (await api.SubmitAsync(body)).Id;

        // 联合踏勘: booked once while water is down; it hears of the booking once it is back.
        var filed = await WaitAsync(() => api.GetAsync(id), a => Visit(a, "survey")?["status"]?.GetValue<string>() == "awaitingBooking"
            && Joint.All(u => Utility(a, u)["utilityApplicationId"] is not null)
            && (string?)Utility(a, "water")["clockPausedFor"] == "visitBooking" && (string?)Utility(a, "gas")["clockPausedFor"] == "visitBooking");
        var cases = Joint.ToDictionary(u => u, u => CaseId(filed, u));
        await platform.Services["Water"].KillAsync();
        var survey = await BookFirstSlotAsync(api, id, "survey");
        await platform.RestartAsync("Water");
        foreach (var utility in Joint)
        {
            await WaitForCaseAsync(api, utility, cases[utility], c => VisitOf(c, "survey") is not null);
            await ActAsync(api, utility, cases[utility], "survey", NoExternalWorks, HttpStatusCode.Conflict); // not begun yet
        }
        await platform.MoveClockToAsync(survey.AddMinutes(30));
        api = platform.Client();
        await ActAsync(api, "electricity", cases["electricity"], "survey", new
        {
            externalWorksNeeded = true, externalWorksMetres = 300, externalWorksRoute = "沿文三路北侧人行道", findings = "需新建 10kV 电缆 / a new 10 kV cable",
            routeFeatures = new[] { "roadExcavation", "roadOccupation" },
        });
        await ActAsync(api, "water", cases["water"], "survey", new
        {
            externalWorksNeeded = true, externalWorksMetres = 120, externalWorksRoute = "沿文三路北侧人行道", findings = "需新建 DN100 进水管 / a new DN100 main",
            routeFeatures = new[] { "roadExcavation" },
        });
        // Intake is down when the last findings are recorded: they wait in its queue, and it files the trench once back.
        await platform.Services["Intake"].KillAsync();
        await ActAsync(api, "gas", cases["gas"], "survey", NoExternalWorks);
        await platform.RestartAsync("Intake");
        foreach (var utility in Joint)
            await WaitForCaseAsync(api, utility, cases[utility], c => VisitOf(c, "survey")!["completedAt"] is not null);

        await ActAsync(api, "electricity", cases["electricity"], "accept", new { });
        await ActAsync(api, "electricity", cases["electricity"], "complete",
            new { stage = "supply-plan", data = new { supplyVoltage = "10kV", planSummary = "10kV 单电源专线 / one 10 kV line" } });
        await ActAsync(api, "water", cases["water"], "accept", new { });
        await ActAsync(api, "gas", cases["gas"], "accept", new { });

        // 联合审批: road excavation and road occupation decide in parallel; traffic asks for a correction, water answers;
        // the approvals service crashes before the last decision.
        var approval = await WaitAsync(() => api.FindJsonAsync<JsonObject>($"/api/approvals/applications/{id}", "urban-management-approver"), a => a is not null);
        var approvalId = (string)approval!["id"]!;
        Assert.Equal(["urbanManagement", "trafficPolice"], approval["reviews"]!.AsArray().Select(r => (string)r!["department"]!));
        Assert.Equal(["electricity", "water"], approval["works"]!.AsArray().Select(w => (string)w!["utility"]!));
        await api.PostAsync($"/api/approvals/{approvalId}/decision", "traffic-police-approver",
            new { decision = "correct", reason = "请补充占道施工交通组织方案 / the traffic plan for the works, please" });
        await api.PostAsync($"/api/approvals/{approvalId}/decision", "urban-management-approver", new { decision = "approve" });
        await api.PostAsync($"/api/approvals/{approvalId}/answer", PublicApiClient.OperatorOf("water"), new { answer = "已补充交通组织方案 / added" });
        await platform.RestartAsync("Approvals");
        var decided = await api.PostAsync($"/api/approvals/{approvalId}/decision", "traffic-police-approver", new { decision = "approve" });
        Assert.Equal("approved", (string?)decided!["status"]);
        var windows = new List<string>();
        foreach (var utility in new[] { "electricity", "water" })
        {
            var withWindow = await WaitForCaseAsync(api, utility, cases[utility], c => c["worksApproval"] is not null);
            windows.Add((string)withWindow["worksApproval"]!["worksUntil"]!);
        }
        Assert.Single(windows.Distinct());

        // 联合验收: the customer declares its works to each; one visit, booked once while gas is down.
        foreach (var utility in Joint)
        {
            await WaitAsync(() => api.GetAsync(id), a => (bool)Utility(a, utility)["awaitingWorksDeclaration"]!);
            await api.PostAsync($"/api/intake/applications/{id}/utilities/{utility}/customer-works", Applicant,
                new { note = "内部工程已竣工 / the works are complete" }, HttpStatusCode.Accepted);
        }
        await WaitAsync(() => api.GetAsync(id), a => Visit(a, "acceptance")?["status"]?.GetValue<string>() == "awaitingBooking");
        await platform.Services["Gas"].KillAsync();
        var acceptance = await BookFirstSlotAsync(api, id, "acceptance");
        await platform.RestartAsync("Gas");
        foreach (var utility in Joint)
            await WaitForCaseAsync(api, utility, cases[utility], c => VisitOf(c, "acceptance") is not null);
        await platform.MoveClockToAsync(acceptance.AddMinutes(30));
        api = platform.Client();
        await ActAsync(api, "electricity", cases["electricity"], "joint-acceptance", Passed);
        await ActAsync(api, "water", cases["water"], "joint-acceptance", Passed);
        await ActAsync(api, "gas", cases["gas"], "joint-acceptance", new { passed = false, remarks = "燃气表前阀门未安装 / no valve before the gas meter" });
        foreach (var utility in Joint)
            await WaitForCaseAsync(api, utility, cases[utility], c => VisitOf(c, "acceptance")!["completedAt"] is not null);

        // The others connect; gas puts the valve in, inspects again alone and connects too.
        await ActAsync(api, "water", cases["water"], "complete",
            new { stage = "inspection-turn-on", data = new { inspectionResult = "passed", meterNumber = "W-1", turnedOnAt = Now(platform) } });
        await ActAsync(api, "electricity", cases["electricity"], "complete", new { stage = "completion-inspection", data = new { inspectionResult = "passed" } });
        await ActAsync(api, "electricity", cases["electricity"], "complete",
            new { stage = "metering-energising", data = new { meterNumber = "3301061234567", energisedAt = Now(platform) } });
        var correction = await WaitAsync(() => api.GetAsync(id), a => Utility(a, "gas")["correction"] is JsonObject);
        await api.PostAsync($"/api/intake/applications/{id}/utilities/gas/corrections/{(string)Utility(correction, "gas")["correction"]!["id"]!}/answer",
            Applicant, new { answer = "阀门已安装 / the valve is in" }, HttpStatusCode.Accepted);
        await WaitForCaseAsync(api, "gas", cases["gas"], c => (string?)c["status"] == "inProgress");
        await ActAsync(api, "gas", cases["gas"], "joint-acceptance", Passed);
        await ActAsync(api, "gas", cases["gas"], "complete",
            new { stage = "inspection-turn-on", data = new { inspectionResult = "passed", meterNumber = "G-1", turnedOnAt = Now(platform) } });

        // The last stage's completion and the connection are two events: either may reach intake first.
        var completed = await WaitAsync(() => api.GetAsync(id), a => (string?)a["status"] == "completed"
            && a["timeline"]!.AsArray().Count(t => (string?)t!["event"] == "connected") == 3);
        var events = completed["timeline"]!.AsArray().Select(t => (string)t!["event"]!).ToList();
        Assert.Equal(2, events.Count(e => e == "visitBooked"));
        Assert.Equal(7, events.Count(e => e == "visitRecorded")); // three findings, three results and gas's second
        Assert.Equal(1, events.Count(e => e == "worksApprovalDecided"));
        foreach (var utility in Joint)
        {
            var done = await api.GetJsonAsync<JsonObject>(CasePath(utility, cases[utility]), PublicApiClient.OperatorOf(utility));
            Assert.Equal(("connected", 2), ((string?)done["status"], done["visits"]!.AsArray().Count));
        }
    }

    private static async Task<DistributedPlatform> StartAsync()
    {
        try
        {
            return await DistributedPlatform.StartAsync(await TestServers.SharedAsync(), Services, clock: PlatformClock.Create());
        }
        catch (ServersUnavailableException unavailable)
        {
            PlatformFixture.SkipOrFail(unavailable);
            throw;
        }
    }

    private static object NoExternalWorks => new { externalWorksNeeded = false, findings = "现场具备接入条件 / the site is ready to connect" };

    private static object Passed => new { passed = true, remarks = "内部工程符合规范 / the works meet the standard" };

    /// <summary>The applicant books the first slot every utility in the step can attend; its start.</summary>
    private static async Task<DateTimeOffset> BookFirstSlotAsync(PublicApiClient api, Guid id, string step)
    {
        var slots = await api.GetJsonAsync<JsonArray>($"/api/intake/applications/{id}/visits/{step}/slots", Applicant);
        var start = DateTimeOffset.Parse((string)slots[0]!["start"]!);
        await api.PostAsync($"/api/intake/applications/{id}/visits/{step}/booking", Applicant, new { start });
        return start;
    }

    private static JsonObject? VisitOf(JsonObject utilityCase, string step) =>
        utilityCase["visits"]!.AsArray().Select(v => v!.AsObject()).SingleOrDefault(v => (string?)v["step"] == step);

    private static string CasePath(string utility, Guid caseId) => $"/api/{utility}/applications/{caseId}";

    private static Task ActAsync(PublicApiClient api, string utility, Guid caseId, string action, object body,
        HttpStatusCode expected = HttpStatusCode.OK) =>
        api.PostAsync($"{CasePath(utility, caseId)}/{action}", PublicApiClient.OperatorOf(utility), body, expected);

    private static Task<JsonObject> WaitForCaseAsync(PublicApiClient api, string utility, Guid caseId, Func<JsonObject, bool> done) =>
        WaitAsync(() => api.GetJsonAsync<JsonObject>(CasePath(utility, caseId), PublicApiClient.OperatorOf(utility)), done);

    private static Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done) => Poll.UntilAsync(probe, done, Timeout);

    // The platform's time, not this process's (the clock has moved on to the visit), to the minute as a form records it.
    private static string Now(DistributedPlatform platform) =>
        platform.Clock!.Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:00'Z'");
}
