using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests.Security;

/// <summary>Every state change is recorded with who, for whom, when, what and from where; the log is read-only.</summary>
public sealed class AuditLogTests(SecuredHost host) : IClassFixture<SecuredHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_submission_by_the_counter_records_the_clerk_the_applicant_and_the_client()
    {
        var clerk = host.ClientFor("clerk");
        var body = await SampleDocuments.AttachAsync(clerk, clerk: true, SecuredHost.ApplicationOf(SecuredHost.OtherIdNumber, "gas"), Cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Post, OneStopApi.ApplicationsPath) { Content = JsonContent.Create(body) };
        using var response = await clerk.SendAsync(request, Cancellation);
        var submitted = (await response.Content.ReadFromJsonAsync<Submitted>(Cancellation))!;

        var entry = Assert.Single(await EntriesAsync("intake", "regulator"), e => (string?)e["resource"] == $"joint-application/{submitted.Id}"
            && (string?)e["action"] == "application.submit");
        Assert.Equal("clerk", (string?)entry["actorId"]);
        Assert.Equal("clerk", (string?)entry["actorRoles"]);
        Assert.Equal("onestop-portal", (string?)entry["clientId"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)entry["traceId"]);
        // Acting for the applicant, who is named by blind index, never by number.
        Assert.Matches("^[0-9a-f]{64}$", (string?)entry["onBehalfOf"]);
        Assert.DoesNotContain(SecuredHost.OtherIdNumber, entry.ToJsonString());
    }

    [Fact]
    public async Task What_a_utility_does_on_an_event_is_recorded_in_its_own_log_for_its_operators()
    {
        var entries = await EntriesAsync("water", "water-operator");

        var opened = Assert.Single(entries, e => (string?)e["resource"] == $"water-application/{host.UtilityRecords["water"]}");
        Assert.Equal("utility-application.open", (string?)opened["action"]);
        Assert.Equal("service:water", (string?)opened["actorId"]);
    }

    [Fact]
    public async Task A_lookup_by_identity_number_is_recorded()
    {
        using var search = await host.ClientFor("clerk").PostAsJsonAsync("/api/intake/applications/search", new { idNumber = SecuredHost.OwnerIdNumber }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        Assert.Contains(await EntriesAsync("intake", "admin"), e => (string?)e["action"] == "application.search-by-id-number" && (string?)e["actorId"] == "clerk");
    }

    [Fact]
    public async Task The_log_is_read_a_page_at_a_time_newest_first()
    {
        var firstPage = (await host.ClientFor("regulator").GetFromJsonAsync<JsonObject>("/api/intake/audit?limit=1", Cancellation))!;
        var next = (string?)firstPage["next"];
        var secondPage = (await host.ClientFor("regulator").GetFromJsonAsync<JsonObject>($"/api/intake/audit?limit=1&before={next}", Cancellation))!;
        // Read last: the host's consumers may add entries meanwhile, and those only come before the pages read.
        var all = await EntriesAsync("intake", "regulator", "?limit=500");

        var first = all.FindIndex(e => (string?)e["id"] == (string?)firstPage["entries"]![0]!["id"]);
        Assert.InRange(first, 0, all.Count - 2);
        Assert.Equal((string?)all[first + 1]["id"], (string?)secondPage["entries"]![0]!["id"]);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task No_api_changes_the_log(string method)
    {
        foreach (var service in new[] { "intake", "electricity", "water", "gas", "heat", "network", "notifications", "approvals" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/{service}/audit") { Content = JsonContent.Create(new { }) };
            using var response = await host.ClientFor("admin").SendAsync(request, Cancellation);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
    }

    private async Task<List<JsonObject>> EntriesAsync(string service, string user, string query = "?limit=500") =>
        (await host.ClientFor(user).GetFromJsonAsync<JsonObject>($"/api/{service}/audit{query}", Cancellation))!["entries"]!
            .AsArray().Select(e => e!.AsObject()).ToList();
}
