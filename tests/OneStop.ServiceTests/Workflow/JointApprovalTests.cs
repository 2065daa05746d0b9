using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Workflow;

/// <summary>
/// 联合审批 in process: the survey's external works go as one application to the departments the route needs, which
/// decide in parallel (one asks for a correction first); the utilities' stages stand until the works window is given.
/// </summary>
public sealed class JointApprovalTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_trench_of_electricity_and_water_is_approved_by_two_departments_in_parallel_and_both_get_one_works_window()
    {
        host.Clock.AdjustTime(China("2026-03-23T09:00"));
        var body = Requests.Valid("electricity", "water", "gas");
        body["utilities"]!["electricity"] = JsonNode.Parse("""{"capacityKw":800,"usage":"industrial","powerSource":"single"}""");
        var submitted = await _api.SubmitAsync(body);
        await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking");
        var slot = (await _api.VisitSlotsAsync(submitted.Id))[0];
        using (await _api.BookVisitAsync(submitted.Id, slot.Start)) { }
        host.Clock.AdjustTime(slot.Start.AddMinutes(30));
        await _api.RecordSurveyAsync(submitted.Id, new Dictionary<string, object>
        {
            ["electricity"] = new { externalWorksNeeded = true, externalWorksMetres = 300, externalWorksRoute = "沿文三路北侧人行道", findings = "需新建 10kV 电缆",
                routeFeatures = new[] { "roadExcavation", "roadOccupation" } },
            ["water"] = new { externalWorksNeeded = true, externalWorksMetres = 120, externalWorksRoute = "沿文三路北侧人行道", findings = "需新建 DN100 进水管",
                routeFeatures = new[] { "roadExcavation" } },
            ["gas"] = VisitCalls.NoExternalWorks,
        });
        // The water case's survey stage completes; its next stage waits for the works, which wait for the departments.
        var waterCase = await _api.CaseIdAsync(submitted.Id, "water");
        var water = await _api.ActOkAsync("water", waterCase, "accept");
        Assert.Equal("awaitingCustomerWorks", water.Status());

        var approval = await Eventually.UntilAsync(() => ApprovalOfAsync(submitted.Id, "urban-management-approver"), a => a is not null, "the approval to be filed");
        var id = (Guid)approval!["id"]!;
        Assert.Equal(["urbanManagement", "trafficPolice"], approval["reviews"]!.AsArray().Select(r => (string)r!["department"]!));
        Assert.Equal(["electricity", "water"], approval["works"]!.AsArray().Select(w => (string)w!["utility"]!));
        // The queue of a department the route needs; no other department, no other utility, no applicant sees it.
        Assert.Contains((await QueueAsync("traffic-police-approver")).AsArray(), a => (Guid)a!["id"]! == id);
        Assert.DoesNotContain((await QueueAsync("greening-approver")).AsArray(), a => (Guid)a!["id"]! == id);
        using (var gas = await _api.As("gas-operator").GetAsync($"/api/approvals/{id}", Cancellation))
            await gas.AssertProblemAsync(HttpStatusCode.NotFound);
        using (var greening = await DecideAsync(id, "greening-approver", new { decision = "approve" }))
            await greening.AssertProblemAsync(HttpStatusCode.NotFound);
        using (var applicant = await _api.As("zhangsan").GetAsync($"/api/approvals/{id}", Cancellation))
            Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        using (var reasonless = await DecideAsync(id, "traffic-police-approver", new { decision = "correct" }))
            Assert.Contains("reason", (await reasonless.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);

        host.Clock.AdjustTime(China("2026-03-24T10:00"));
        using (var correct = await DecideAsync(id, "traffic-police-approver", new { decision = "correct", reason = "请补充占道施工交通组织方案" }))
            Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        using (var approved = await DecideAsync(id, "urban-management-approver", new { decision = "approve" }))
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        using (var early = await DecideAsync(id, "traffic-police-approver", new { decision = "approve" }))
            await early.AssertProblemAsync(HttpStatusCode.Conflict);
        using (var answer = await _api.As("water-operator").PostAsJsonAsync($"/api/approvals/{id}/answer", new { answer = "已补充交通组织方案" }, Cancellation))
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        host.Clock.AdjustTime(China("2026-03-25T10:00"));
        // A decision on a round it did not read (a stale page) is refused.
        using (var stale = await DecideAsync(id, "traffic-police-approver", new { decision = "approve", round = 2 }))
            await stale.AssertProblemAsync(HttpStatusCode.Conflict);
        using (var last = await DecideAsync(id, "traffic-police-approver", new { decision = "approve", round = 1 }))
            Assert.Equal("approved", (string?)(await last.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!["status"]);

        // Decided, it leaves the department's queue for its list of decided ones.
        Assert.DoesNotContain((await QueueAsync("urban-management-approver")).AsArray(), a => (Guid)a!["id"]! == id);
        Assert.Contains((await QueueAsync("urban-management-approver", decided: true)).AsArray(), a => (Guid)a!["id"]! == id);

        // Wednesday: the window opens on Thursday for both utilities.
        water = await Eventually.UntilAsync(() => _api.GetCaseAsync("water", waterCase), c => c["worksApproval"] is not null,
            "the water case to have the works window");
        Assert.Equal(("approved", "2026-03-26"), ((string?)water["worksApproval"]!["status"], (string?)water["worksApproval"]!["worksFrom"]));
        var electricityCase = await _api.CaseIdAsync(submitted.Id, "electricity");
        var electricity = await Eventually.UntilAsync(() => _api.GetCaseAsync("electricity", electricityCase),
            c => c["worksApproval"] is not null, "the electricity case to have the works window");
        Assert.Equal(water["worksApproval"]!["worksUntil"]!.ToString(), electricity["worksApproval"]!["worksUntil"]!.ToString());
        var gasCase = await _api.GetCaseAsync("gas", await _api.CaseIdAsync(submitted.Id, "gas"));
        Assert.Null(gasCase["worksApproval"]);
        // Each department found the works in its inbox; the operators in the trench, the correction; the applicant, the outcome.
        var trafficInbox = (await _api.As("traffic-police-approver").GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox", Cancellation))!;
        Assert.Contains(trafficInbox, n => n.ApplicationId == submitted.Id && n.EventType == "ExternalWorksApprovalFiled" && n.Title.Contains(submitted.Number));
        var greeningInbox = (await _api.As("greening-approver").GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox", Cancellation))!;
        Assert.DoesNotContain(greeningInbox, n => n.ApplicationId == submitted.Id);
        var electricityInbox = await Eventually.UntilAsync(
            async () => (await _api.As("electricity-operator").GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox", Cancellation))!,
            inbox => inbox.Any(n => n.ApplicationId == submitted.Id && n.EventType == "ExternalWorksApprovalDecided"), "the electricity operators to be told the outcome");
        Assert.Contains(electricityInbox, n => n.ApplicationId == submitted.Id && n.EventType == "ExternalWorksCorrectionRequested" && n.Body.Contains("交通组织方案"));
        await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Any(n => n.EventType == "ExternalWorksApprovalDecided" && n.Channel == "inbox" && n.Body.Contains("2026-03-26")), "the applicant to be told the outcome");

        var application = await _api.GetApplicationAsync(submitted.Id);
        Assert.Contains(application.Timeline, t => t.Event == "worksApprovalFiled" && t.Description.Contains("住建城管部门"));
        Assert.Contains(application.Timeline, t => t.Event == "worksApprovalDecided" && t.Description.Contains("2026-03-26"));
    }

    private async Task<JsonObject?> ApprovalOfAsync(Guid applicationId, string user)
    {
        using var response = await _api.As(user).GetAsync($"/api/approvals/applications/{applicationId}", Cancellation);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation);
    }

    private async Task<JsonNode> QueueAsync(string user, bool decided = false) =>
        (await _api.As(user).GetFromJsonAsync<JsonNode>($"/api/approvals?decided={(decided ? "true" : "false")}", Cancellation))!;

    private Task<HttpResponseMessage> DecideAsync(Guid id, string user, object decision) =>
        _api.As(user).PostAsJsonAsync($"/api/approvals/{id}/decision", decision, Cancellation);
}
