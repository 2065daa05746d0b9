using System.Text;

namespace OneStop.Testing;

/// <summary>Small but genuine files of each accepted kind, as a scanner or a phone would produce them.</summary>
public static class SampleFiles
{
    /// <summary>A one-page PDF with a correct cross-reference table.</summary>
    public static byte[] Pdf { get; } = BuildPdf();

    /// <summary>A 1×1 JPEG (JFIF).</summary>
    public static byte[] Jpeg { get; } = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAHwAAAQUB" +
        "AQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdI" +
        "SUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/9oACAEBAAA/APn+v//Z");

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>An MP4 (ISO base media file): its type, a movie header of one second, and the media data.</summary>
    public static byte[] Mp4 { get; } = BuildMp4();

    private static byte[] BuildMp4()
    {
        static byte[] Box(string type, params byte[][] parts)
        {
            var body = parts.SelectMany(part => part).ToArray();
            return [.. BigEndian(8 + body.Length), .. Encoding.ASCII.GetBytes(type), .. body];
        }
        static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

        var fileType = Box("ftyp", Encoding.ASCII.GetBytes("isom"), BigEndian(0x200), Encoding.ASCII.GetBytes("isomiso2mp41"));
        // Version 0: times, a timescale of 1000 and one second; normal rate and volume; the identity matrix; the next track 1.
        int[] matrix = [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
        var movieHeader = Box("mvhd", new byte[4], BigEndian(0), BigEndian(0), BigEndian(1000), BigEndian(1000), BigEndian(0x10000), [1, 0],
            new byte[10], [.. matrix.SelectMany(BigEndian)], new byte[24], BigEndian(1));
        return [.. fileType, .. Box("moov", movieHeader), .. Box("mdat", new byte[64])];
    }

    private static byte[] BuildPdf()
    {
        string[] objects =
        [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{number} 0 obj\n{body}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
