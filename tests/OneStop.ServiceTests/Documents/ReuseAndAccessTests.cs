using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OneStop.Intake;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Documents;

/// <summary>
/// One document, many applications (一人一档): reused while valid, never asked twice. The utilities get references and
/// read the content from intake, each only what its own case needs.
/// </summary>
public sealed class ReuseAndAccessTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Owner = "zhangsan";
    private const string OwnerIdNumber = "33010619900101123X";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_application_reuses_the_documents_of_the_first_and_fetches_nothing_new()
    {
        var owner = host.ClientFor(Owner);
        var first = Application("electricity");
        using (var response = await owner.FileAsync(first, clerk: false, Cancellation))
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var held = await DocumentRowsAsync();

        var guide = await owner.GuideAsync("applicantType=individual&utilities=water");
        Assert.All(guide["documents"]!.AsArray(), d => Assert.Equal("reuse", (string?)d!["provision"]));
        var second = Application("water");
        using (var response = await owner.FileAsync(second, clerk: false, Cancellation))
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal(held, await DocumentRowsAsync());
    }

    [Fact]
    public async Task An_upload_past_its_validity_is_no_longer_offered_nor_accepted()
    {
        // 李四 at the counter, so that no other test's upload of hers is in the way.
        host.Clock.AdjustTime(China("2026-03-02T09:00"));
        var clerk = host.ClientFor("clerk");
        var shop = Requests.Valid("electricity").With("""{"applicant":{"idNumber":"330106198506152340"},"utilities":{"electricity":{"capacityKw":120,"usage":"commercial"}}}""");
        await SampleDocuments.AttachAsync(clerk, clerk: true, shop, Cancellation);

        // A list of loads is good for 180 days.
        host.Clock.AdjustTime(China("2026-09-18T09:00"));
        Assert.DoesNotContain(await host.ClientFor("lisi").WalletAsync(), d => (string?)d!["type"] == "load-list");
        using var response = await clerk.PostAsJsonAsync(OneStopApi.ApplicationsPath, shop, Cancellation);

        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Equal(["documents[2].documentId"], errors.Keys);
        Assert.Contains("过期", errors.Values.Single()[0]);
    }

    [Fact]
    public async Task A_utility_reads_the_documents_its_case_needs_from_intake_and_no_other_utility_can()
    {
        var shop = Application("electricity", "water").With("""{"utilities":{"electricity":{"capacityKw":120,"usage":"commercial"}}}""");
        var submitted = await host.Api.SubmitAsync(shop);
        var caseId = await host.Api.CaseIdAsync(submitted.Id, "electricity");

        var loads = (await host.Api.GetCaseAsync("electricity", caseId))["documents"]!.AsArray().Single(d => (string?)d!["type"] == "load-list")!;
        var content = await host.ClientFor("electricity-operator").GetByteArrayAsync((string)loads["content"]!, Cancellation);
        Assert.Equal((string?)loads["sha256"], Convert.ToHexStringLower(SHA256.HashData(content)));
        Assert.Equal(Ids(shop)["load-list"], Guid.Parse((string)loads["documentId"]!));

        // The water company's case does not need the list of loads; the gas company has no case at all.
        foreach (var stranger in new[] { "water-operator", "gas-operator" })
        {
            using var read = await host.ClientFor(stranger).GetAsync((string)loads["content"]!, Cancellation);
            await read.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        var property = Ids(shop)["property-certificate"];
        using var waterReads = await host.ClientFor("water-operator").GetAsync($"/api/intake/documents/{property}/content", Cancellation);
        Assert.Equal(HttpStatusCode.OK, waterReads.StatusCode);
    }

    [Fact]
    public async Task A_utility_reads_an_identity_card_masked_and_its_holder_reads_it_whole()
    {
        var body = Application("water");
        await host.Api.SubmitAsync(body);
        var identityCard = $"/api/intake/documents/{Ids(body)["resident-id"]}/content";

        var asRead = await host.ClientFor("water-operator").GetStringAsync(identityCard, Cancellation);

        var card = JsonNode.Parse(asRead)!;
        Assert.Equal("330106********123X", (string?)card["holderId"]);
        Assert.Equal("330106********123X", (string?)card["number"]);
        Assert.Equal("张三", (string?)card["holderName"]);
        Assert.All(card["fields"]!.AsObject(), field => Assert.Equal("已隐藏 / hidden", (string?)field.Value));
        foreach (var secret in new[] { OwnerIdNumber, "1990-01-01", "文三路" })
            Assert.DoesNotContain(secret, asRead);
        var whole = JsonNode.Parse(await host.ClientFor(Owner).GetStringAsync(identityCard, Cancellation))!;
        Assert.Equal(OwnerIdNumber, (string?)whole["holderId"]);
        Assert.Equal("1990-01-01", (string?)whole["fields"]!["出生 born"]);
    }

    private static JsonObject Application(params string[] utilities) =>
        Requests.Valid(utilities).With($$$"""{"applicant":{"idNumber":"{{{OwnerIdNumber}}}"}}""");

    private static Dictionary<string, Guid> Ids(JsonObject body) =>
        body["documents"]!.AsArray().ToDictionary(d => (string)d!["type"]!, d => Guid.Parse((string)d!["documentId"]!));

    private Task<int> DocumentRowsAsync() => host.QueryAsync((IntakeDbContext db) => db.Documents.CountAsync(Cancellation));
}
