using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OneStop.Intake;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests.Documents;

/// <summary>Electronic certificates (电子证照): fetched, previewed by the applicant, used only once it consents.</summary>
public sealed class CertificateTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Applicant = "zhangsan";
    private const string IdNumber = "33010619900101123X";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fetched_certificate_is_shown_to_the_applicant_and_usable_only_once_it_consents()
    {
        var owner = host.ClientFor(Applicant);

        using var fetched = await owner.FetchCertificateAsync("property-certificate");

        Assert.Equal(HttpStatusCode.Created, fetched.StatusCode);
        var preview = await fetched.JsonAsync();
        Assert.Equal(("certificate", "awaitingConsent"), ((string)preview["source"]!, (string)preview["status"]!));
        var certificate = preview["certificate"]!;
        Assert.Equal(("张三", "浙(2020)杭州市不动产权第0012345号"), ((string)certificate["holderName"]!, (string)certificate["number"]!));
        Assert.Equal("浙江省杭州市西湖区文三路100号", (string?)certificate["fields"]!["坐落 location"]);
        Assert.DoesNotContain(await owner.WalletAsync(), d => (string?)d!["id"] == preview.Id().ToString());

        var body = await WaterApplicationAsync(preview.Id());
        using var early = await owner.PostAsJsonAsync(OneStopApi.ApplicationsPath, body, Cancellation);
        Assert.Contains("documents[1].documentId", (await early.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);

        using var consented = await owner.ConsentAsync(preview.Id());
        Assert.Equal("ready", (string?)(await consented.JsonAsync())["status"]);
        Assert.Contains(await owner.WalletAsync(), d => (string?)d!["id"] == preview.Id().ToString());
        using var again = await owner.FetchCertificateAsync("property-certificate");
        Assert.Equal((HttpStatusCode.OK, preview.Id()), (again.StatusCode, (await again.JsonAsync()).Id()));
        var actions = await host.QueryAsync((IntakeDbContext db) => db.Set<OneStop.Security.Audit.AuditEntry>()
            .Where(e => e.Resource == $"document/{preview.Id()}").Select(e => e.Action).ToListAsync(Cancellation));
        Assert.Equal(["certificate.fetch", "document.consent"], actions.Order());
    }

    [Theory]
    [InlineData("clerk", "resident-id", "330106198807154323", HttpStatusCode.UnprocessableEntity)] // 王五's identity card expired in 2024
    [InlineData("clerk", "resident-id", "110101199003070011", HttpStatusCode.NotFound)] // no such holder on record
    [InlineData("clerk", "resident-id", null, HttpStatusCode.BadRequest)] // the counter must name the applicant
    [InlineData("clerk", "business-licence", "33010619900101123X", HttpStatusCode.BadRequest)] // a person has no business licence
    [InlineData("clerk", "load-list", "33010619900101123X", HttpStatusCode.BadRequest)] // not a certificate
    [InlineData(Applicant, "resident-id", "330106198506152340", HttpStatusCode.Forbidden)] // someone else's
    public async Task A_certificate_that_cannot_be_fetched_is_a_clear_problem_and_nothing_is_kept(string user, string type, string? idNumber, HttpStatusCode status)
    {
        var before = await host.QueryAsync((IntakeDbContext db) => db.Documents.CountAsync(Cancellation));

        using var response = await host.ClientFor(user).FetchCertificateAsync(type, idNumber);

        Bilingual.AssertIs((string?)(await response.AssertProblemAsync(status))["title"]);
        Assert.Equal(before, await host.QueryAsync((IntakeDbContext db) => db.Documents.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task Consent_to_another_applicants_certificate_is_a_404()
    {
        var preview = await (await host.ClientFor(Applicant).FetchCertificateAsync("resident-id")).JsonAsync();

        using var response = await host.ClientFor("lisi").ConsentAsync(preview.Id());

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>His application for water, with his identity card (fetched and consented to) and the given real-estate certificate.</summary>
    private async Task<JsonObject> WaterApplicationAsync(Guid propertyCertificate)
    {
        var identity = await SampleDocuments.FetchAndConsentAsync(host.ClientFor(Applicant), clerk: false, IdNumber, "resident-id", Cancellation);
        var body = Requests.Valid("water").With($$$"""{"applicant":{"idNumber":"{{{IdNumber}}}"}}""");
        body["documents"] = new JsonArray(
            new JsonObject { ["type"] = "resident-id", ["documentId"] = identity },
            new JsonObject { ["type"] = "property-certificate", ["documentId"] = propertyCertificate.ToString() });
        return body;
    }
}
