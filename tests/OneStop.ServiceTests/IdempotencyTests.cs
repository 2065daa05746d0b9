using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OneStop.Intake;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests;

public sealed class IdempotencyTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task A_retry_with_the_same_key_and_body_returns_the_first_result_and_files_once()
    {
        var body = Requests.Valid("electricity", "water");
        var key = NewKey();

        var first = await SubmitAsync(body, key);
        var retry = await SubmitAsync(body, key);

        Assert.Equal(first, retry);
        await _api.WaitUntilInProgressAsync(first.Id);
        Assert.Single(await _api.ListUtilityRecordsAsync("electricity", first.Id));
        Assert.Equal(1, await CountApplicationsAtAsync(body));
    }

    [Fact]
    public async Task The_same_body_with_another_key_is_another_application()
    {
        var body = Requests.Valid("electricity");

        var first = await SubmitAsync(body, NewKey());
        var second = await SubmitAsync(body, NewKey());

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.Number, second.Number);
        Assert.Equal(2, await CountApplicationsAtAsync(body));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_422_problem()
    {
        var key = NewKey();
        var original = Requests.Valid("electricity");
        await SubmitAsync(original, key);

        using var response = await _api.PostApplicationAsync(Requests.Valid("water"), key);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Bilingual.AssertIs((string?)problem["title"]);
        Assert.Equal(1, await CountApplicationsAtAsync(original));
    }

    [Fact]
    public async Task Twenty_concurrent_requests_with_one_key_all_get_the_same_application()
    {
        var body = await SampleDocuments.AttachAsync(_api.Http, clerk: true, Requests.Valid("gas"), TestContext.Current.CancellationToken);
        var key = NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SubmitAsync(body, key)));

        Assert.Single(results.Distinct());
        Assert.Equal(1, await CountApplicationsAtAsync(body));
        await _api.WaitUntilInProgressAsync(results[0].Id);
        Assert.Single(await _api.ListUtilityRecordsAsync("gas", results[0].Id));
    }

    private static string NewKey() => $"test-{Guid.NewGuid():N}";

    private async Task<Submitted> SubmitAsync(JsonObject body, string key)
    {
        using var response = await _api.PostApplicationAsync(body, key);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Submitted>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>Every body from <see cref="Requests.Valid"/> has an address of its own, so this counts one test's filings.</summary>
    private Task<int> CountApplicationsAtAsync(JsonObject body)
    {
        var address = (string)body["site"]!["address"]!;
        return host.QueryAsync((IntakeDbContext db) =>
            db.Applications.CountAsync(a => a.Site.Address == address, TestContext.Current.CancellationToken));
    }
}
