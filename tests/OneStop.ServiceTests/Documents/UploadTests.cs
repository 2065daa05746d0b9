using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStop.Intake;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests.Documents;

/// <summary>
/// Uploads: PDF, JPEG and PNG (MP4 for a video of the works) judged by content, sealed at rest, each kept once; every
/// bad upload refused, nothing written.
/// </summary>
public sealed class UploadTests(DocumentHost host) : IClassFixture<DocumentHost>
{
    private const string Applicant = "zhangsan";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> GoodFiles => new()
    {
        { "pdf", "负荷清单.pdf", "application/pdf" },
        { "jpeg", "手机拍照.jpg", "image/jpeg" },
        // The declared type and the name are not what decides: a PNG sent as "scan.pdf" is stored as the PNG it is.
        { "png", "scan.pdf", "image/png" },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public async Task A_pdf_jpeg_or_png_is_stored_sealed_with_its_hash_and_read_back_unchanged(string kind, string fileName, string mediaType)
    {
        var content = kind switch { "pdf" => SampleFiles.Pdf, "jpeg" => SampleFiles.Jpeg, _ => SampleFiles.Png };
        var client = host.ClientFor(Applicant);

        using var response = await client.UploadAsync("load-list", content, fileName);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.JsonAsync();
        Assert.Equal((mediaType, fileName, "upload", "ready"), ((string)document["mediaType"]!, (string)document["fileName"]!, (string)document["source"]!, (string)document["status"]!));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), (string?)document["sha256"]);
        Assert.Equal($"/api/intake/documents/{document.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal(content, await client.GetByteArrayAsync($"/api/intake/documents/{document.Id()}/content", Cancellation));
        var stored = await File.ReadAllBytesAsync(Path.Combine(host.DataDirectory, "documents", document.Id().ToString("N")), Cancellation);
        Assert.Equal(-1, stored.AsSpan().IndexOf(content.AsSpan(0, 16)));

        using var again = await client.UploadAsync("load-list", content, "again.pdf");
        Assert.Equal((HttpStatusCode.OK, document.Id()), (again.StatusCode, (await again.JsonAsync()).Id()));
    }

    public static TheoryData<string, HttpStatusCode, string?> BadUploads => new()
    {
        { "text", HttpStatusCode.UnsupportedMediaType, null },
        { "windows executable named scan.pdf", HttpStatusCode.UnsupportedMediaType, null },
        { "linux executable named scan.pdf", HttpStatusCode.UnsupportedMediaType, null },
        { "zero bytes", HttpStatusCode.BadRequest, "file" },
        { "one byte over the limit", HttpStatusCode.RequestEntityTooLarge, null },
        { "pdf cut short", HttpStatusCode.UnprocessableEntity, null },
        { "png cut short", HttpStatusCode.UnprocessableEntity, null },
        { "jpeg cut short", HttpStatusCode.UnprocessableEntity, null },
        { "name ../../etc/passwd.pdf", HttpStatusCode.BadRequest, "file" },
        { @"name C:\Users\zs\scan.pdf", HttpStatusCode.BadRequest, "file" },
        { "name with a control character", HttpStatusCode.BadRequest, "file" },
        { "name with a right-to-left override", HttpStatusCode.BadRequest, "file" },
        { "an mp4 as a list of loads", HttpStatusCode.UnsupportedMediaType, null },
        { "a photo as a video", HttpStatusCode.UnsupportedMediaType, null },
        { "mp4 cut short", HttpStatusCode.UnprocessableEntity, null },
        { "a video one byte over its limit", HttpStatusCode.RequestEntityTooLarge, null },
        { "a certificate kind", HttpStatusCode.BadRequest, "type" },
        { "an unknown kind", HttpStatusCode.BadRequest, "type" },
        { "another applicant's identity number", HttpStatusCode.Forbidden, null },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_bad_upload_is_refused_with_problem_details_and_nothing_is_written(string upload, HttpStatusCode status, string? field)
    {
        var (type, content, name, idNumber) = upload switch
        {
            "text" => ("load-list", "空调 3 台，共 7.5 千瓦"u8.ToArray(), "loads.txt", null),
            "windows executable named scan.pdf" => ("load-list", [.. "MZ"u8, .. new byte[200]], "scan.pdf", null),
            "linux executable named scan.pdf" => ("load-list", [0x7F, .. "ELF"u8, .. new byte[200]], "scan.pdf", null),
            "zero bytes" => ("load-list", [], "empty.pdf", null),
            "one byte over the limit" => ("load-list", Oversized(), "big.pdf", null),
            "pdf cut short" => ("load-list", SampleFiles.Pdf[..^20], "cut.pdf", null),
            "png cut short" => ("load-list", SampleFiles.Png[..^12], "cut.png", null),
            "jpeg cut short" => ("load-list", SampleFiles.Jpeg[..^30], "cut.jpg", null),
            "name ../../etc/passwd.pdf" => ("load-list", SampleFiles.Pdf, "../../etc/passwd.pdf", null),
            @"name C:\Users\zs\scan.pdf" => ("load-list", SampleFiles.Pdf, @"C:\Users\zs\scan.pdf", null),
            "name with a control character" => ("load-list", SampleFiles.Pdf, "scan\u0007.pdf", null),
            "name with a right-to-left override" => ("load-list", SampleFiles.Pdf, "loads\u202Efdp.exe", null),
            "an mp4 as a list of loads" => ("load-list", SampleFiles.Mp4, "loads.pdf", null),
            "a photo as a video" => ("completion-video", SampleFiles.Jpeg, "works.mp4", null),
            "mp4 cut short" => ("completion-video", SampleFiles.Mp4[..^10], "cut.mp4", null),
            "a video one byte over its limit" => ("completion-video", Mp4Of(DocumentHost.VideoLimit + 1), "long.mp4", null),
            "a certificate kind" => ("resident-id", SampleFiles.Jpeg, "身份证.jpg", null),
            "an unknown kind" => ("selfie", SampleFiles.Jpeg, "me.jpg", null),
            _ => ("load-list", SampleFiles.Pdf, "loads.pdf", "330106198506152340"),
        };
        var before = await StoredAsync();

        using var response = await host.ClientFor(Applicant).UploadAsync(type, content, name, idNumber: idNumber);

        var problem = await response.AssertProblemAsync(status);
        Bilingual.AssertIs((string?)problem["title"]);
        if (field is not null)
            Assert.Equal([field], problem.Errors().Keys);
        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData("poly.html", "poly.pdf")]
    [InlineData("负荷清单.exe", "负荷清单.pdf")]
    [InlineData("scan", "scan.pdf")]
    public async Task A_download_is_named_after_what_its_bytes_are_whatever_name_it_came_with(string uploadedAs, string downloadedAs)
    {
        var client = host.ClientFor(Applicant);
        // A padding line after the end marker makes each case's file its own (the same bytes would be the same document).
        using var upload = await client.UploadAsync("site-plan", [.. SampleFiles.Pdf, .. System.Text.Encoding.UTF8.GetBytes($"\n{uploadedAs}")], uploadedAs);
        var document = await upload.JsonAsync();

        using var download = await client.GetAsync($"/api/intake/documents/{document.Id()}/content", Cancellation);

        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(downloadedAs, download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_video_of_the_works_is_an_mp4_within_the_video_limit_not_the_documents_one()
    {
        var client = host.ClientFor(Applicant);
        var video = Mp4Of(DocumentHost.VideoLimit);

        using var response = await client.UploadAsync("completion-video", video, "水表箱.mp4", "video/mp4");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var document = await response.JsonAsync();
        Assert.Equal(("video/mp4", "completion-video"), ((string)document["mediaType"]!, (string)document["type"]!));
        using var download = await client.GetAsync($"/api/intake/documents/{document.Id()}/content", Cancellation);
        Assert.Equal(video, await download.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(("video/mp4", "水表箱.mp4"), (download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentDisposition?.FileNameStar));
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_a_415()
    {
        using var response = await host.ClientFor(Applicant).PostAsJsonAsync("/api/intake/documents", new { type = "load-list" }, Cancellation);
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    // The form reader throws IOException, not InvalidDataException, on a body that ends before its closing boundary.
    [Fact]
    public async Task A_multipart_body_cut_short_is_a_400_problem_and_nothing_is_written()
    {
        var form = "--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nload-list\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4";
        var content = new StringContent(form) { Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b") } };
        var before = await StoredAsync();

        using var response = await host.ClientFor(Applicant).PostAsync("/api/intake/documents", content, Cancellation);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["file"], problem.Errors().Keys);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task The_counter_uploads_for_a_walk_in_applicant_only_by_naming_them()
    {
        var clerk = host.ClientFor("clerk");

        using var unnamed = await clerk.UploadAsync("load-list", SampleFiles.Pdf, "loads.pdf");
        Assert.Equal(["idNumber"], (await unnamed.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        using var named = await clerk.UploadAsync("load-list", Unique(SampleFiles.Pdf, "walk-in"), "loads.pdf", idNumber: "330106198506152340");
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        var id = (await named.JsonAsync()).Id();
        Assert.Contains(await host.ClientFor("lisi").WalletAsync(), d => (string?)d!["id"] == id.ToString());
    }

    /// <summary>Rows in intake's documents table and files in the store: what a refused upload must not change.</summary>
    private async Task<(int Rows, int Files)> StoredAsync()
    {
        var rows = await host.QueryAsync((IntakeDbContext db) => db.Documents.CountAsync(Cancellation));
        var directory = Path.Combine(host.DataDirectory, "documents");
        return (rows, Directory.Exists(directory) ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Length : 0);
    }

    private static byte[] Oversized()
    {
        var content = new byte[DocumentHost.UploadLimit + 1];
        SampleFiles.Pdf.AsSpan(0, 9).CopyTo(content);
        "%%EOF\n"u8.CopyTo(content.AsSpan(content.Length - 6));
        return content;
    }

    /// <summary>The sample MP4 grown to <paramref name="length"/> bytes by a free box (room a writer leaves), still whole.</summary>
    private static byte[] Mp4Of(int length)
    {
        var free = length - SampleFiles.Mp4.Length;
        return [.. SampleFiles.Mp4, (byte)(free >> 24), (byte)(free >> 16), (byte)(free >> 8), (byte)free, .. "free"u8, .. new byte[free - 8]];
    }

    /// <summary>A PDF with different bytes (a comment after its end marker), so that a test stores its own.</summary>
    private static byte[] Unique(byte[] pdf, string salt) => [.. pdf, .. Encoding.ASCII.GetBytes($"%{salt}-{Guid.NewGuid():N}\n")];
}
