using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests.Security;

/// <summary>Applicants see their own and nobody else's; operators their own utility's part; personal data masked for all but owner and counter.</summary>
public sealed class DataIsolationTests(SecuredHost host) : IClassFixture<SecuredHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_applicant_gets_the_same_404_as_for_an_application_that_does_not_exist()
    {
        using var other = host.ClientFor(SecuredHost.OtherApplicant);

        using var existing = await other.GetAsync($"{OneStopApi.ApplicationsPath}/{host.ApplicationId}", Cancellation);
        using var missing = await other.GetAsync($"{OneStopApi.ApplicationsPath}/{Guid.NewGuid()}", Cancellation);

        var problem = await existing.AssertProblemAsync(HttpStatusCode.NotFound);
        var missingProblem = await missing.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal((string?)missingProblem["title"], (string?)problem["title"]);
        using var notifications = await other.GetAsync($"/api/notifications?applicationId={host.ApplicationId}", Cancellation);
        await notifications.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_applicant_cannot_file_under_someone_elses_identity_number_and_nothing_is_written()
    {
        var before = await host.CountIntakeRowsAsync();
        using var other = host.ClientFor(SecuredHost.OtherApplicant);

        using var response = await other.FileAsync(SecuredHost.ApplicationOf(SecuredHost.OwnerIdNumber, "gas"), clerk: false, Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Bilingual.AssertIs((string?)problem["title"]);
        Assert.Equal(before, await host.CountIntakeRowsAsync());
    }

    [Fact]
    public async Task The_owner_and_the_counter_see_personal_data_whole_everyone_else_masked()
    {
        async Task<JsonObject> ApplicantAsSeenBy(string user) =>
            (await host.ClientFor(user).GetFromJsonAsync<JsonObject>($"{OneStopApi.ApplicationsPath}/{host.ApplicationId}", Cancellation))!["applicant"]!.AsObject();

        foreach (var user in new[] { SecuredHost.Owner, "clerk" })
        {
            var applicant = await ApplicantAsSeenBy(user);
            Assert.Equal(SecuredHost.OwnerIdNumber, (string?)applicant["idNumber"]);
            Assert.Equal(Requests.Phone, (string?)applicant["phone"]);
        }
        foreach (var user in new[] { "regulator", "electricity-operator" })
        {
            var applicant = await ApplicantAsSeenBy(user);
            Assert.Equal("330106********123X", (string?)applicant["idNumber"]);
            Assert.Equal(Requests.MaskedPhone, (string?)applicant["phone"]);
        }
    }

    [Fact]
    public async Task An_operator_sees_only_its_own_utilitys_part_of_a_joint_application()
    {
        var application = (await host.ClientFor("electricity-operator").GetFromJsonAsync<JsonObject>(
            $"{OneStopApi.ApplicationsPath}/{host.ApplicationId}", Cancellation))!;

        Assert.Equal(["electricity"], application["utilities"]!.AsArray().Select(u => (string?)u!["utility"]));
        Assert.DoesNotContain(application["timeline"]!.AsArray(), t => (string?)t!["utility"] is { } utility && utility != "electricity");
    }

    [Fact]
    public async Task A_utility_record_carries_no_identity_number_and_a_masked_phone()
    {
        var record = (await host.ClientFor("water-operator").GetFromJsonAsync<JsonObject>(
            $"/api/water/applications/{host.UtilityRecords["water"]}", Cancellation))!;

        Assert.Null(record["applicant"]!["idNumber"]);
        Assert.Equal(Requests.MaskedPhone, (string?)record["applicant"]!["phone"]);
        Assert.DoesNotContain(SecuredHost.OwnerIdNumber, record.ToJsonString());
    }

    [Fact]
    public async Task A_clerk_files_for_a_walk_in_applicant_who_then_finds_it_among_her_own()
    {
        using var clerk = host.ClientFor("clerk");
        using var response = await clerk.FileAsync(SecuredHost.ApplicationOf(SecuredHost.OtherIdNumber, "network"), clerk: true, Cancellation);
        var submitted = (await response.Content.ReadFromJsonAsync<Submitted>(Cancellation))!;

        var asFiled = (await host.ClientFor(SecuredHost.OtherApplicant).GetFromJsonAsync<JsonObject>($"{OneStopApi.ApplicationsPath}/{submitted.Id}", Cancellation))!;
        Assert.Equal("clerk", (string?)asFiled["filedBy"]!["userName"]);
        Assert.Equal("clerk", (string?)asFiled["filedBy"]!["role"]);
        var hers = await ListAsync(SecuredHost.OtherApplicant);
        Assert.Contains(hers, a => (Guid)a!["id"]! == submitted.Id);
        Assert.DoesNotContain(hers, a => (Guid)a!["id"]! == host.ApplicationId);
        var his = await ListAsync(SecuredHost.Owner);
        Assert.DoesNotContain(his, a => (Guid)a!["id"]! == submitted.Id);

        using var search = await clerk.PostAsJsonAsync("/api/intake/applications/search", new { idNumber = SecuredHost.OtherIdNumber }, Cancellation);
        var found = (await search.Content.ReadFromJsonAsync<JsonArray>(Cancellation))!;
        Assert.Contains(found, a => (Guid)a!["id"]! == submitted.Id);
        Assert.DoesNotContain(found, a => (Guid)a!["id"]! == host.ApplicationId);
    }

    [Fact]
    public async Task The_counter_finds_an_application_by_its_number()
    {
        var found = (await host.ClientFor("clerk").GetFromJsonAsync<JsonArray>($"{OneStopApi.ApplicationsPath}?number={host.ApplicationNumber}", Cancellation))!;

        var application = Assert.Single(found);
        Assert.Equal(host.ApplicationId, (Guid)application!["id"]!);
    }

    [Fact]
    public async Task A_search_by_an_invalid_identity_number_is_a_400_problem()
    {
        using var response = await host.ClientFor("clerk").PostAsJsonAsync("/api/intake/applications/search", new { idNumber = "330106199001011234" }, Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("idNumber", problem.Errors().Keys);
    }

    [Fact]
    public async Task Idempotency_keys_belong_to_the_user_who_sent_them()
    {
        var key = Guid.NewGuid().ToString();

        var his = await SubmitWithKeyAsync(SecuredHost.Owner, SecuredHost.OwnerIdNumber, key);
        var hers = await SubmitWithKeyAsync(SecuredHost.OtherApplicant, SecuredHost.OtherIdNumber, key);
        var hisAgain = await SubmitWithKeyAsync(SecuredHost.Owner, SecuredHost.OwnerIdNumber, key);

        Assert.NotEqual(his.Id, hers.Id);
        Assert.Equal(his.Id, hisAgain.Id);
    }

    private static readonly JsonObject FixedBody = SecuredHost.ApplicationOf(SecuredHost.OwnerIdNumber, "heat");

    private async Task<Submitted> SubmitWithKeyAsync(string user, string idNumber, string key)
    {
        var client = host.ClientFor(user);
        var body = await SampleDocuments.AttachAsync(client, clerk: false,
            FixedBody.DeepClone().AsObject().With($$$"""{"applicant":{"idNumber":"{{{idNumber}}}"}}"""), Cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Post, OneStopApi.ApplicationsPath) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Submitted>(Cancellation))!;
    }

    private async Task<JsonArray> ListAsync(string user) =>
        (await host.ClientFor(user).GetFromJsonAsync<JsonArray>(OneStopApi.ApplicationsPath, Cancellation))!;
}
