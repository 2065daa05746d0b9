using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Contracts;
using OneStop.Identity.Accounts;
using OneStop.ServiceDefaults.Identity;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Workflow;

/// <summary>
/// 客户经理: one named operator per case, claimed from the queue or by accepting it, assigned and reassigned by a
/// supervisor; the queue shows mine, unassigned and everyone's; the applicant is given the name and the hotline.
/// </summary>
public sealed class CaseManagerTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private static readonly Account SecondOperator = new("electricity-operator-2", "李工", Roles.Operator, UtilityKind.Electricity);
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task A_case_is_claimed_reassigned_by_a_supervisor_and_the_applicant_is_given_the_name()
    {
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity"));
        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");
        Assert.Contains(await QueueIdsAsync("?assigned=unassigned"), id => id == caseId);
        Assert.DoesNotContain(await QueueIdsAsync("?assigned=mine"), id => id == caseId);

        // The first operator claims it; the second cannot take it over, only a supervisor can give it to them.
        var claimed = await _api.ActOkAsync("electricity", caseId, "claim");
        Assert.Equal(("electricity-operator", "供电公司经办人"), ((string?)claimed["manager"]!["userName"], (string?)claimed["manager"]!["name"]));
        Assert.Contains(await QueueIdsAsync("?assigned=mine"), id => id == caseId);
        Assert.DoesNotContain(await QueueIdsAsync("?assigned=unassigned"), id => id == caseId);
        var second = host.ClientForAccount(SecondOperator);
        using (var taken = await second.PostAsJsonAsync($"/api/electricity/applications/{caseId}/claim", new { }, Cancellation))
            Assert.Contains("供电公司经办人", (string?)(await taken.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);
        await ClaimAnotherAsync(second);

        var supervisor = _api.As("electricity-supervisor");
        var operators = (await supervisor.GetFromJsonAsync<JsonArray>("/api/electricity/operators", Cancellation))!;
        Assert.Equal(["供电公司经办人", "李工"], operators.Select(o => (string?)o!["name"]).Order(StringComparer.Ordinal));
        using (var unknown = await supervisor.PostAsJsonAsync($"/api/electricity/applications/{caseId}/assign", new { @operator = "nobody" }, Cancellation))
            Assert.Equal(["operator"], (await unknown.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        using (var byOperator = await _api.As("electricity-operator").PostAsJsonAsync($"/api/electricity/applications/{caseId}/assign",
                   new { @operator = SecondOperator.UserName }, Cancellation))
            Assert.Equal(HttpStatusCode.Forbidden, byOperator.StatusCode);
        using (var reassigned = await supervisor.PostAsJsonAsync($"/api/electricity/applications/{caseId}/assign",
                   new { @operator = SecondOperator.UserName }, Cancellation))
            Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);

        var application = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Utility("electricity").Manager?.Name == "李工", "intake to hear of the reassignment");
        Assert.Equal("95598", application.Utility("electricity").Manager!.Hotline);
        Assert.Equal(["供电公司经办人", "李工"],
            application.Timeline.Where(t => t.Event == "managerNamed").Select(t => t.Description.Split('：')[1].Split('，')[0]));
        var audit = (await supervisor.GetFromJsonAsync<JsonObject>("/api/electricity/audit", Cancellation))!["entries"]!.AsArray();
        Assert.Contains(audit, entry => (string?)entry!["action"] == "utility-application.assign" && (string?)entry["actorName"] == "electricity-supervisor");
        Assert.Contains(audit, entry => (string?)entry!["action"] == "utility-application.claim" && (string?)entry["actorName"] == "electricity-operator");
    }

    [Fact]
    public async Task Accepting_an_unclaimed_case_claims_it()
    {
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity"));
        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");
        var accepted = await _api.ActOkAsync("electricity", caseId, "accept");
        Assert.Equal("electricity-operator", (string?)accepted["manager"]!["userName"]);
    }

    /// <summary>The second operator becomes a known case manager by claiming a case of its own.</summary>
    private async Task ClaimAnotherAsync(HttpClient second)
    {
        var other = await _api.SubmitAsync(Requests.Valid("electricity"));
        var otherCaseId = await _api.CaseIdAsync(other.Id, "electricity");
        using var claimed = await second.PostAsJsonAsync($"/api/electricity/applications/{otherCaseId}/claim", new { }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
    }

    private async Task<List<Guid>> QueueIdsAsync(string query) =>
        [.. (await _api.QueueAsync("electricity", query)).Select(item => Guid.Parse((string)item!["id"]!))];
}
