
namespace OneStop.Intake.Documents.Uploads;

/// <summary>
/// What an uploaded file is, judged by its bytes alone: a PDF, JPEG or PNG (by its signature), and whether it is whole
/// (by its end marker). The name and the declared content type prove nothing: an executable called scan.pdf is not a PDF.
/// </summary>
public static class FileContent
{
    public sealed record Kind(string MediaType, bool Complete);

    private static readonly byte[] PdfStart = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();
    private static readonly byte[] PngStart = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] PngEnd = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] JpegEnd = [0xFF, 0xD9];

    // Writers may add a line break or padding after the end marker.
    private const int Trailer = 1024;

    /// <summary>The kind of file, or null when it is none of those accepted.</summary>
    public static Kind? Identify(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - Trailer)..];
        if (content.StartsWith(PdfStart))
            return new("application/pdf", tail.IndexOf(PdfEnd) >= 0);
        if (content.StartsWith(PngStart))
            return new("image/png", content.EndsWith(PngEnd));
        if (content.StartsWith(JpegStart))
            return new("image/jpeg", content.Length > JpegStart.Length && tail.TrimEnd((byte)0).EndsWith(JpegEnd));
        return null;
    }
}
