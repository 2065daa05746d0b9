using System.Buffers.Binary;

namespace OneStop.Intake.Documents.Uploads;

/// <summary>
/// What an uploaded file is, judged by its bytes alone: a PDF, JPEG or PNG (by its signature), and whether it is whole
/// (by its end marker); an MP4 video (an ISO base media file whose first box, "ftyp", names an MP4 brand — not a
/// QuickTime movie nor a HEIC or AVIF image), whole when its boxes run exactly to the end of the file and hold the
/// movie's index ("moov"). The name and the declared content type prove nothing:
/// an executable called scan.pdf is not a PDF.
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
    private static readonly byte[] Mp4Start = "ftyp"u8.ToArray();
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V "];
    private static readonly byte[] Mp4Index = "moov"u8.ToArray();
    public const string Mp4 = "video/mp4";

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
        if (IsMp4(content))
            return new(Mp4, IsWholeMp4(content));
        return null;
    }

    /// <summary>The file type box: its size, "ftyp", the major brand, a minor version, then the compatible brands.</summary>
    private static bool IsMp4(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content[4..8].SequenceEqual(Mp4Start))
            return false;
        var size = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(content), (uint)content.Length);
        if (size < 16)
            return false;
        var brands = content[8..12].ToArray().Concat(content[16..size].ToArray()).Chunk(4).Select(brand => System.Text.Encoding.ASCII.GetString(brand));
        return brands.Any(Mp4Brands.Contains);
    }

    /// <summary>Walks the top-level boxes (size, type; size 1: a 64-bit size follows; size 0: to the end of the file).</summary>
    private static bool IsWholeMp4(ReadOnlySpan<byte> content)
    {
        var indexed = false;
        long at = 0;
        while (at < content.Length)
        {
            if (content.Length - at < 8)
                return false;
            var box = content[(int)at..];
            long size = BinaryPrimitives.ReadUInt32BigEndian(box);
            var header = 8;
            if (size == 1)
            {
                // A 64-bit size follows the type: read as unsigned, one beyond the file is as wrong as one too small.
                header = 16;
                size = box.Length >= 16 && BinaryPrimitives.ReadUInt64BigEndian(box[8..]) is var large && large <= (ulong)box.Length ? (long)large : 0;
            }
            else if (size == 0)
                size = box.Length;
            if (size < header || size > box.Length)
                return false;
            indexed |= box[4..8].SequenceEqual(Mp4Index);
            at += size;
        }
        return indexed;
    }
}
