using OneStop.Validation;

namespace OneStop.Intake.Documents;

/// <summary>
/// The name a document downloads under: the uploaded name's stem with the extension of what its bytes were found to be
/// (a PDF uploaded as poly.html downloads as poly.pdf), so that no browser or desktop opens it as something else; a
/// stem with control or text-direction characters gives way to the document's kind.
/// </summary>
public static class DownloadName
{
    private static readonly Dictionary<string, string> Extensions = new()
    {
        ["application/pdf"] = ".pdf", ["image/jpeg"] = ".jpg", ["image/png"] = ".png", ["video/mp4"] = ".mp4", ["application/json"] = ".json",
    };

    public static string Of(Document document)
    {
        var stem = Path.GetFileNameWithoutExtension(document.FileName ?? "");
        if (PlainText.IsBlank(stem) || !PlainText.IsClean(stem))
            stem = document.Type;
        return stem + Extensions.GetValueOrDefault(document.MediaType, "");
    }
}
