namespace OneStop.Contracts.Documents;

/// <summary>
/// A document as its applicant, the counter or an operator sees it (GET /api/intake/documents/{id}, the wallet, an upload,
/// a fetched certificate); the certificate record only for the first two.
/// </summary>
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
    CertificateRecord? Certificate = null);
