using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ContentDispositionHeaderValue = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue;
using OneStop.Contracts.Documents;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// The portal's few endpoints besides its pages: its stylesheet, script and icon, the language switch, and a document's
/// file (shown in its page, or downloaded). A failure answers only its status: the portal's error page says the rest.
/// </summary>
public static class PortalEndpoints
{
    private static readonly Dictionary<string, string> AssetTypes = new()
    {
        [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".svg"] = "image/svg+xml",
    };

    public static void MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/assets/{name}", Asset).AllowAnonymous().ExcludeFromDescription();
        // Browsers ask for it whatever the page links: it must not need a sign-in.
        app.MapGet("/favicon.ico", () => Asset("favicon.svg")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/portal/language", SwitchLanguage).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/portal/documents/{id:guid}/file", (Guid id, PortalApi api, HttpContext http) => SendFileAsync(id, api, http))
            .RequireAuthorization(PortalAuth.SignedIn).ExcludeFromDescription();
        app.MapGet("/portal/documents/{id:guid}/download", DownloadAsync).RequireAuthorization(PortalAuth.SignedIn).ExcludeFromDescription();
    }

    private static IResult Asset(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"assets/{name}");
        return stream is null || !AssetTypes.TryGetValue(Path.GetExtension(name), out var type)
            ? Results.NotFound()
            : Results.Stream(stream, type);
    }

    private static IResult SwitchLanguage(string? to, string? back, HttpContext http)
    {
        http.Response.Cookies.Append(Ui.Cookie, to == "en" ? "en" : "zh", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
        // Only back into the portal: never an open redirect.
        return Results.LocalRedirect(back is { Length: > 0 } && back.StartsWith('/') && !back.StartsWith("//") ? back : "/");
    }

    /// <summary>
    /// The file named after its kind in the visitor's language ("营业执照.pdf", "business-licence.pdf"), never an id; a
    /// certificate, whose record is data, as a printable PDF of its entries.
    /// </summary>
    private static async Task DownloadAsync(Guid id, PortalApi api, Ui ui, HttpContext http)
    {
        var described = await api.GetDocumentAsync(id);
        if (!described.Ok)
        {
            http.Response.StatusCode = described.Problem.Status ?? StatusCodes.Status502BadGateway;
            return;
        }
        if (described.Value!.Source == DocumentSource.Certificate)
            await SendCertificateAsync(described.Value, api, ui, http);
        else
            await SendFileAsync(id, api, http, (described.Value, ui));
    }

    /// <summary>The certificate as its reader may see it (masked for a utility's staff), each entry in both languages.</summary>
    private static async Task SendCertificateAsync(DocumentView document, PortalApi api, Ui ui, HttpContext http)
    {
        var certificate = document.Certificate;
        if (certificate is null)
        {
            var content = await api.GetCertificateAsync(document.Id);
            if (!content.Ok)
            {
                http.Response.StatusCode = content.Problem.Status ?? StatusCodes.Status502BadGateway;
                return;
            }
            certificate = content.Value!;
        }
        var pdf = new ChinesePdf().Heading($"{document.NameZh} / {document.NameEn}")
            .Field("持证人 Holder", certificate.HolderName)
            .Field("证号 Number", certificate.Number)
            .Field("发证机关 Issuer", certificate.Issuer)
            .Field("发证日期 Issued on", certificate.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Field("有效期至 Valid until", certificate.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期 / no end");
        foreach (var (field, value) in certificate.Fields)
            pdf.Field(field, value);
        pdf.Paragraph($"电子证照，经持证人确认后由平台从电子证照库调取；SHA-256 {document.Sha256}。 An e-certificate, fetched from the " +
                      "government's register with its holder's consent.", small: true);
        http.Response.ContentType = "application/pdf";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = document.Type + ".pdf", FileNameStar = ui.T(document.NameZh, document.Type) + ".pdf",
        }.ToString();
        await http.Response.Body.WriteAsync(pdf.ToBytes(), http.RequestAborted);
    }

    /// <summary>
    /// A document's file from intake, read with the user's token: intake decides whether this user may have it (and
    /// audits the reading). Shown inline unless it is a <paramref name="download"/>, named for saving.
    /// </summary>
    private static async Task SendFileAsync(Guid id, PortalApi api, HttpContext http, (DocumentView Document, Ui Ui)? download = null)
    {
        using var response = await api.GetContentAsync($"/api/intake/documents/{id}/content");
        if (!response.IsSuccessStatusCode)
        {
            http.Response.StatusCode = (int)response.StatusCode;
            return;
        }
        http.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (download is var (document, ui))
        {
            // Intake's name ends in the extension of what the bytes are; the name before it becomes the document's kind,
            // in ASCII for old clients and in the visitor's language as RFC 6266's filename*.
            var named = response.Content.Headers.ContentDisposition;
            var extension = Path.GetExtension(named?.FileNameStar ?? named?.FileName?.Trim('"') ?? "");
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileName = document.Type + extension, FileNameStar = ui.T(document.NameZh, document.Type) + extension,
            }.ToString();
        }
        await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
