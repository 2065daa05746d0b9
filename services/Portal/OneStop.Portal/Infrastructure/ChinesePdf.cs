using System.Globalization;
using System.Text;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// A printable A4 document of headings, label–value lines and paragraphs, in Chinese with English alongside.
/// The text is set in STSong-Light, one of the PDF standard's predefined Chinese fonts that every PDF reader supplies,
/// so that no font file is embedded: the one CJK font on our images has outlines the PDF libraries served here cannot
/// embed, and a predefined font keeps the file a few kilobytes. A ToUnicode map keeps the text searchable and copyable.
/// </summary>
public sealed class ChinesePdf
{
    private const double PageWidth = 595.28, PageHeight = 841.89, Margin = 56;

    // STSong-Light's proportional Latin (CIDs 1–95, U+0020–U+007E under UniGB-UTF16-H), in thousandths of the size:
    // the reader places each glyph by these widths, and lines wrap by them. Every other character is a full em.
    private static readonly int[] LatinWidths =
    [
        207, 270, 342, 467, 462, 797, 710, 239, 374, 374, 423, 605, 238, 375, 238, 334, 462, 462, 462, 462, 462, 462, 462, 462, 462, 462, 238, 238, 605, 605, 605, 344,
        748, 684, 560, 695, 739, 563, 511, 729, 793, 318, 312, 666, 526, 896, 758, 772, 544, 772, 628, 465, 607, 753, 711, 972, 647, 620, 607, 374, 333, 374, 606, 500,
        239, 417, 503, 427, 529, 415, 264, 444, 518, 241, 230, 495, 228, 793, 527, 524, 524, 504, 338, 336, 277, 517, 450, 652, 466, 452, 407, 370, 258, 370, 605,
    ];
    private readonly List<(double Size, string Text, double SpaceBefore)> _blocks = [];

    public ChinesePdf Heading(string text)
    {
        _blocks.Add((16, text, _blocks.Count == 0 ? 0 : 14));
        return this;
    }

    public ChinesePdf Field(string label, string value)
    {
        _blocks.Add((10.5, $"{label}：{value}", 4));
        return this;
    }

    public ChinesePdf Paragraph(string text, bool small = false)
    {
        _blocks.Add((small ? 9 : 10.5, text, 8));
        return this;
    }

    public byte[] ToBytes()
    {
        var pages = Layout();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{6 + 2 * i} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> " +
            "/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 " +
            $"/Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 [{string.Join(' ', LatinWidths)}]] >>",
            Stream(ToUnicodeMap()),
        };
        foreach (var page in pages)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Number(PageWidth)} {Number(PageHeight)}] " +
                        $"/Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count + 2} 0 R >>");
            objects.Add(Stream(page));
        }
        return Write(objects);
    }

    /// <summary>The blocks wrapped to the page's width and flowed onto as many pages as they need: each page's content stream.</summary>
    private List<string> Layout()
    {
        var pages = new List<string>();
        var content = new StringBuilder();
        var y = PageHeight - Margin;
        foreach (var (size, text, spaceBefore) in _blocks)
        {
            y -= spaceBefore;
            foreach (var line in Wrap(text, size, PageWidth - 2 * Margin))
            {
                var lineHeight = size * 1.5;
                if (y - lineHeight < Margin)
                {
                    pages.Add(content.ToString());
                    content.Clear();
                    y = PageHeight - Margin;
                }
                y -= lineHeight;
                content.Append($"BT /F1 {Number(size)} Tf {Number(Margin)} {Number(y)} Td <{Hex(line)}> Tj ET\n");
            }
        }
        pages.Add(content.ToString());
        return pages;
    }

    private static IEnumerable<string> Wrap(string text, double size, double width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var used = 0.0;
            foreach (var rune in paragraph.EnumerateRunes())
            {
                var advance = (rune.Value is >= 0x20 and < 0x7F ? LatinWidths[rune.Value - 0x20] : 1000) * size / 1000;
                if (used + advance > width && line.Length > 0)
                {
                    yield return line.ToString();
                    (line, used) = (new StringBuilder(), 0);
                }
                line.Append(rune.ToString());
                used += advance;
            }
            yield return line.ToString();
        }
    }

    private static string Hex(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));

    /// <summary>Each two-byte code is its own UTF-16 unit, which is what UniGB-UTF16-H encodes.</summary>
    private static string ToUnicodeMap()
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n" +
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (var block = 0; block < 256; block += 64)
        {
            map.Append("64 beginbfrange\n");
            for (var high = block; high < block + 64; high++)
                map.Append(CultureInfo.InvariantCulture, $"<{high:X2}00> <{high:X2}FF> <{high:X2}00>\n");
            map.Append("endbfrange\n");
        }
        return map.Append("endcmap CMapName currentdict /CMap defineresource pop end end").ToString();
    }

    private static string Stream(string content) => $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    private static byte[] Write(List<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, number) in objects.Select((body, i) => (body, i + 1)))
        {
            offsets.Add(pdf.Length); // everything written is ASCII: characters are bytes
            pdf.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
