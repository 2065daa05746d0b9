using System.Net;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using UglyToad.PdfPig;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Portal;

/// <summary>
/// 供电方案答复单: once the electricity company replies with a supply plan, the applicant reads it as a page and downloads
/// it as a PDF for the builder of its own works; what the other stages produced shows on the progress page.
/// </summary>
public sealed class PortalSupplyPlanTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task The_supply_plan_reads_as_a_page_and_downloads_as_a_searchable_pdf()
    {
        host.Clock.AdjustTime(China("2026-06-01T09:00"));
        var body = Requests.Valid("electricity", "water");
        body["utilities"]!["electricity"] = JsonNode.Parse("""{"capacityKw":800,"usage":"industrial","powerSource":"single"}""");
        var submitted = await _api.SubmitAsync(body);
        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");
        using (var before = await host.PortalClientAsync(OneStopApi.Clerk))
        using (var early = await before.GetAsync($"/applications/{submitted.Id}/supply-plan", Cancellation))
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);

        await _api.ActOkAsync("electricity", caseId, "accept");
        await _api.SurveyAsync(host, submitted.Id);
        host.Clock.AdjustTime(China("2026-06-03T10:30"));
        await _api.CompleteAsync("electricity", caseId, "supply-plan", host.Clock.GetUtcNow());
        await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("electricity").Status == "awaitingCustomerWorks",
            "intake to hear of the supply plan");
        // Signed in now: a session from two days ago has expired.
        using var portal = await host.PortalClientAsync(OneStopApi.Clerk);

        var progress = await portal.GetStringAsync($"/applications/{submitted.Id}", Cancellation);
        Assert.Contains("data-outcome=\"supplyVoltage\">10kV", progress);
        Assert.Contains($"href=\"/applications/{submitted.Id}/supply-plan\"", progress);
        var page = await portal.GetStringAsync($"/applications/{submitted.Id}/supply-plan", Cancellation);
        foreach (var shown in new[] { "供电方案答复单", submitted.Number, "800 千瓦", "高压", "10kV", "单电源 10kV 专线接入", "2026-06-03 10:30", "2027-06-03" })
            Assert.Contains(shown, page);

        using var pdf = await portal.GetAsync($"/applications/{submitted.Id}/supply-plan?handler=Pdf", Cancellation);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"供电方案-{submitted.Number}.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Cancellation));
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        foreach (var shown in new[] { "供电方案答复单", submitted.Number, "单电源10kV专线接入", "有效期至", "2027-06-03" })
            Assert.Contains(shown, text.Replace(" ", ""));
    }

    [Fact]
    public async Task An_application_without_electricity_or_of_someone_else_has_no_supply_plan_page()
    {
        var submitted = await _api.SubmitAsync(Requests.Valid("water"));
        using var clerk = await host.PortalClientAsync(OneStopApi.Clerk);
        using (var none = await clerk.GetAsync($"/applications/{submitted.Id}/supply-plan?handler=Pdf", Cancellation))
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        using var stranger = await host.PortalClientAsync("lisi");
        using var theirs = await stranger.GetAsync($"/applications/{submitted.Id}/supply-plan", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }
}
