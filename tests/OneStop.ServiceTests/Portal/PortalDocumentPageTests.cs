using System.Net;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;
using UglyToad.PdfPig;

namespace OneStop.ServiceTests.Portal;

/// <summary>
/// A document as a page: a fetched certificate as a card of its entries (no JSON, no internal codes), an upload shown in
/// place, and a download named after the document's kind in the visitor's language; intake still decides who reads it.
/// </summary>
public sealed class PortalDocumentPageTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh", new[] { "营业执照", "证照信息", "持证人", "杭州示例科技有限公司", "发证机关", "杭州市市场监督管理局", "有效期至", "长期", "法定代表人", "有限责任公司" })]
    [InlineData("en", new[] { "Business licence", "What the certificate says", "Holder", "Issuer", "杭州市市场监督管理局", "Valid until", "No end", "Legal representative", "Limited liability company" })]
    public async Task A_fetched_certificate_is_a_card_of_its_entries_in_the_visitors_language(string language, string[] shown)
    {
        var id = await FetchAsync("hz-tech", "business-licence");
        using var client = await host.PortalVisitorAsync("hz-tech", language);

        using var response = await client.GetAsync($"/portal/documents/{id}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = MainOf(await response.Content.ReadAsStringAsync(Cancellation));
        foreach (var text in shown)
            Assert.Contains(text, main, StringComparison.OrdinalIgnoreCase);
        // No raw record: neither JSON nor the kinds' codes, nor the other language's half of an entry.
        foreach (var raw in new[] { "{", "holderId", "business-licence:", "\\u", language == "en" ? "法定代表人" : "legal representative" })
            Assert.DoesNotContain(raw, main);
        Assert.Contains($"href=\"/portal/documents/{id}/download\"", main);
    }

    [Fact]
    public async Task An_uploaded_pdf_is_shown_in_place_and_downloads_under_its_kinds_name()
    {
        var upload = await (await host.ClientFor("zhangsan").UploadAsync("load-list", SampleFiles.Pdf, "scan_0001.pdf")).JsonAsync();
        var id = upload.Id();
        using var client = await host.PortalClientAsync("zhangsan");

        using var page = await client.GetAsync($"/portal/documents/{id}", Cancellation);
        using var file = await client.GetAsync($"/portal/documents/{id}/file", Cancellation);
        using var download = await client.GetAsync($"/portal/documents/{id}/download", Cancellation);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<object class=\"card document-view pdf\" data=\"/portal/documents/{id}/file\" type=\"application/pdf\"", await page.Content.ReadAsStringAsync(Cancellation));
        // Only this page may embed the portal's own objects; every other page none.
        Assert.Contains("object-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(("application/pdf", null), (file.Content.Headers.ContentType?.MediaType, file.Content.Headers.ContentDisposition));
        Assert.Equal(SampleFiles.Pdf, await file.Content.ReadAsByteArrayAsync(Cancellation));
        var named = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", named.DispositionType);
        Assert.Equal(("load-list.pdf", (string)upload["nameZh"]! + ".pdf"), (named.FileName, named.FileNameStar));
        Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync(Cancellation));

        await client.InEnglishAsync();
        using var english = await client.GetAsync($"/portal/documents/{id}/download", Cancellation);
        Assert.Equal("load-list.pdf", english.Content.Headers.ContentDisposition!.FileNameStar);
        using var guide = await client.GetAsync("/guide", Cancellation);
        Assert.Contains("object-src 'none'", guide.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_certificate_downloads_as_a_printable_pdf_of_its_entries_not_its_record()
    {
        var id = await FetchAsync("hz-tech", "business-licence");
        using var client = await host.PortalClientAsync("hz-tech");

        using var download = await client.GetAsync($"/portal/documents/{id}/download", Cancellation);

        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("business-licence.pdf", "营业执照.pdf"), (download.Content.Headers.ContentDisposition?.FileName, download.Content.Headers.ContentDisposition?.FileNameStar));
        using var pdf = PdfDocument.Open(await download.Content.ReadAsByteArrayAsync(Cancellation));
        var text = string.Concat(pdf.GetPages().Select(page => page.Text)).Replace(" ", "");
        foreach (var shown in new[] { "营业执照", "杭州示例科技有限公司", "杭州市市场监督管理局", "法定代表人" })
            Assert.Contains(shown, text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public async Task An_uploaded_image_is_shown_as_an_image()
    {
        var id = (await (await host.ClientFor("zhangsan").UploadAsync("load-list", SampleFiles.Png, "photo.png", "image/png")).JsonAsync()).Id();
        using var client = await host.PortalClientAsync("zhangsan");

        var page = await client.GetStringAsync($"/portal/documents/{id}", Cancellation);

        Assert.Contains($"<img src=\"/portal/documents/{id}/file\"", page);
    }

    [Theory]
    [InlineData("/portal/documents/{0}")]
    [InlineData("/portal/documents/{0}/file")]
    [InlineData("/portal/documents/{0}/download")]
    public async Task Another_applicants_document_is_a_not_found_page(string path)
    {
        var id = await FetchAsync("zhangsan", "property-certificate");
        using var client = await host.PortalClientAsync("lisi");

        using var response = await client.GetAsync(string.Format(path, id), Cancellation);

        await response.AssertFailurePageAsync(HttpStatusCode.NotFound, "未找到");
    }

    private async Task<Guid> FetchAsync(string user, string type)
    {
        using var fetched = await host.ClientFor(user).FetchCertificateAsync(type);
        Assert.True(fetched.IsSuccessStatusCode, $"{fetched.StatusCode}");
        return (await fetched.JsonAsync()).Id();
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}
