using OneStop.Intake.Documents.Certificates;

namespace OneStop.Intake.Documents;

/// <summary>A document as its applicant, the counter or an operator sees it; the certificate record only for the first two.</summary>
public sealed record DocumentView(
    Guid Id,
    string Type,
    string NameZh,
    string NameEn,
    DocumentSource Source,
    DocumentStatus Status,
    string? FileName,
    string MediaType,
    long Size,
    string Sha256,
    DateOnly? ValidUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConsentedAt,
    CertificateRecord? Certificate = null)
{
    public static DocumentView Of(Document document, CertificateRecord? certificate = null) => new(
        document.Id, document.Type, document.Kind.NameZh, document.Kind.NameEn, document.Source, document.Status, document.FileName,
        document.MediaType, document.Size, document.Sha256, document.ValidUntil, document.CreatedAt, document.ConsentedAt, certificate);
}
