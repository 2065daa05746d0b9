using System.Text;
using OneStop.Intake.Documents.Uploads;
using OneStop.Intake.Documents;
using OneStop.Testing;

namespace OneStop.UnitTests.Documents;

/// <summary>What a file is, by its bytes: signatures and end markers, whatever it is called.</summary>
public sealed class FileContentTests
{
    private static readonly byte[] PngSignatureAndHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] PngEnd = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    public static TheoryData<string, byte[], string?, bool> Files => new()
    {
        { "pdf", Ascii("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "application/pdf", true },
        { "pdf with padding after its end", [.. Ascii("%PDF-1.4\n%%EOF"), .. new byte[300]], "application/pdf", true },
        { "pdf without its end", Ascii("%PDF-1.4\n1 0 obj<<>>endobj\n"), "application/pdf", false },
        { "png", [.. PngSignatureAndHeader, .. new byte[30], .. PngEnd], "image/png", true },
        { "png without its end", [.. PngSignatureAndHeader, .. new byte[30]], "image/png", false },
        { "png signature without a header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], null, false },
        { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. new byte[40], 0xFF, 0xD9], "image/jpeg", true },
        { "jpeg padded with zeros", [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[40], 0xFF, 0xD9, 0, 0, 0], "image/jpeg", true },
        { "jpeg without its end", [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[40]], "image/jpeg", false },
        { "mp4", SampleFiles.Mp4, "video/mp4", true },
        { "mp4 cut short", SampleFiles.Mp4[..^10], "video/mp4", false },
        { "mp4 with something after its last box", [.. SampleFiles.Mp4, 1, 2, 3], "video/mp4", false },
        { "mp4 without the movie's index", [.. SampleFiles.Mp4[..28], 0, 0, 0, 8, .. Ascii("mdat")], "video/mp4", false },
        { "mp4 whose box claims more than there is", [0, 0, 0, 24, .. Ascii("ftypisom"), 0xFF, 0xFF, 0xFF, 0xFF, .. Ascii("moov")], "video/mp4", false },
        { "mp4 with a 64-bit box size", [.. SampleFiles.Mp4, 0, 0, 0, 1, .. Ascii("free"), 0, 0, 0, 0, 0, 0, 0, 16], "video/mp4", true },
        { "mp4 with a 64-bit box size shorter than its header", [.. SampleFiles.Mp4, 0, 0, 0, 1, .. Ascii("free"), 0, 0, 0, 0, 0, 0, 0, 8, .. new byte[8]], "video/mp4", false },
        { "mp4 with a 64-bit box size past any file", [.. SampleFiles.Mp4, 0, 0, 0, 1, .. Ascii("free"), 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], "video/mp4", false },
        { "quicktime movie", [0, 0, 0, 20, .. Ascii("ftypqt  "), 0, 0, 2, 0, .. Ascii("qt  "), 0, 0, 0, 8, .. Ascii("moov")], null, false },
        { "heic image", [0, 0, 0, 24, .. Ascii("ftypheic"), 0, 0, 0, 0, .. Ascii("mif1heic"), 0, 0, 0, 8, .. Ascii("meta")], null, false },
        { "mp4 brand only among the compatible ones", [0, 0, 0, 24, .. Ascii("ftypXAVC"), 0, 0, 0, 0, .. Ascii("XAVCmp42"), 0, 0, 0, 8, .. Ascii("moov")], "video/mp4", true },
        { "windows executable", [.. Ascii("MZ"), .. new byte[100]], null, false },
        { "linux executable", [0x7F, .. Ascii("ELF"), .. new byte[100]], null, false },
        { "script", Ascii("#!/bin/sh\nrm -rf /\n"), null, false },
        { "html", Ascii("<html><script>alert(1)</script></html>"), null, false },
        { "zip (an office document)", [.. Ascii("PK"), 3, 4, .. new byte[100]], null, false },
        { "pdf marker late in the file", [.. Ascii("junk"), .. Ascii("%PDF-1.4\n%%EOF")], null, false },
        { "empty", [], null, false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Identifies_the_file_by_its_bytes(string file, byte[] content, string? mediaType, bool complete)
    {
        var kind = FileContent.Identify(content);

        Assert.Equal(mediaType, kind?.MediaType);
        if (kind is not null)
            Assert.True(kind.Complete == complete, $"{file}: complete should be {complete}");
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
