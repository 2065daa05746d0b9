using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts.Documents;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages.Documents;

/// <summary>
/// One document as a person reads it: a fetched certificate as a card of its entries, an uploaded PDF or image shown
/// where the browser can, and its file to download. Intake decides who may read it; its refusal is this page's.
/// </summary>
[EmbedsDocuments]
public sealed class DocumentModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public DocumentView Document { get; private set; } = null!;

    /// <summary>The certificate's record: from the description for the applicant and the counter, else (an operator) its masked content.</summary>
    public CertificateRecord? Certificate { get; private set; }

    public string? Back => Navigation.Back(HttpContext);

    public async Task<IActionResult> OnGetAsync()
    {
        var described = await api.GetDocumentAsync(Id);
        if (!described.Ok)
            return StatusCode(described.Problem.Status ?? StatusCodes.Status502BadGateway);
        Document = described.Value!;
        Certificate = Document.Certificate;
        if (Document.Source != DocumentSource.Certificate || Certificate is not null)
            return Page();
        var content = await api.GetCertificateAsync(Id);
        if (!content.Ok)
            return StatusCode(content.Problem.Status ?? StatusCodes.Status502BadGateway);
        Certificate = content.Value;
        return Page();
    }
}
