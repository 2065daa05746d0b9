using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Testing;

namespace OneStop.InfrastructureTests;

/// <summary>
/// A message a consumer keeps failing on lands, once its retries are spent, in its endpoint's _error queue on the real
/// broker; an administrator finds it through the API, reads it (audited) and, once the cause is fixed, replays it
/// (audited): the work it carried is done, once.
/// </summary>
public sealed class FailedMessageTests
{
    private const string Endpoint = "electricity-joint-application-submitted";
    private static readonly TimeSpan RetriesSpent = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_message_that_kept_failing_is_listed_read_and_once_its_cause_is_fixed_replayed_to_its_endpoint()
    {
        await using var platform = await DistributedPlatform.StartAsync(await RequiresServers.StartAsync(), ["Intake", "Electricity"]);
        var client = platform.Client();
        // The cause: electricity's database refuses every new case, as a broken migration or a full disk would.
        await platform.Databases.ScalarAsync<object>("Electricity", """
            CREATE FUNCTION refuse_cases() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'cases refused by the test'; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse_cases BEFORE INSERT ON applications FOR EACH ROW EXECUTE FUNCTION refuse_cases();
            SELECT 1;
            """);
        var submitted = await client.SubmitAsync(SampleApplications.Body("electricity"));

        using var admin = await client.ClientAsAsync("admin");
        var failed = await WaitForFailedAsync(admin, platform);
        Assert.Equal(Endpoint, (string?)failed["endpoint"]);
        Assert.Contains("JointApplicationSubmitted", (string?)failed["messageType"]);
        Assert.False(string.IsNullOrEmpty((string?)failed["exceptionType"]), failed.ToJsonString());
        var messageId = (string)failed["messageId"]!;

        var read = await admin.GetFromJsonAsync<JsonObject>($"/api/electricity/failed-messages/{Endpoint}/{messageId}");
        Assert.Contains(submitted.Id.ToString(), (string?)read!["body"]);
        Assert.NotEmpty(read["headers"]!.AsObject());
        Assert.Equal("submitted", (string?)(await client.GetAsync(submitted.Id))["status"]);

        await platform.Databases.ScalarAsync<object>("Electricity", "DROP TRIGGER refuse_cases ON applications; SELECT 1;");
        using (var replay = await admin.PostAsync($"/api/electricity/failed-messages/{Endpoint}/{messageId}/replay", null))
            Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);

        await client.WaitForStatusAsync(submitted.Id, "inProgress", TimeSpan.FromSeconds(60));
        Assert.Single(await client.ListUtilityRecordsAsync("electricity", submitted.Id));
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>("/api/electricity/failed-messages"))!);
        using (var again = await admin.PostAsync($"/api/electricity/failed-messages/{Endpoint}/{messageId}/replay", null))
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        foreach (var action in new[] { "failed-message.read", "failed-message.replay" })
            Assert.True(await platform.Databases.ScalarAsync<long>("Electricity",
                "SELECT count(*) FROM audit_log WHERE \"Action\" = $1 AND \"Resource\" = $2", action,
                $"failed-message/{Endpoint}/{messageId}") >= 1, $"{action} is audited");
    }

    private static async Task<JsonObject> WaitForFailedAsync(HttpClient admin, DistributedPlatform platform)
    {
        var deadline = DateTime.UtcNow + RetriesSpent;
        while (DateTime.UtcNow < deadline)
        {
            if ((await admin.GetFromJsonAsync<JsonArray>("/api/electricity/failed-messages"))! is [JsonObject failed])
                return failed;
            await Task.Delay(1000);
        }
        Assert.Fail($"Nothing reached {Endpoint}_error within {RetriesSpent}.\n{platform.Services["Electricity"].Tail()}");
        throw new UnreachableException();
    }
}
