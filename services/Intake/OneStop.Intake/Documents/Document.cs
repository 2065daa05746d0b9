using System.Security.Cryptography;
using OneStop.Calendar;
using OneStop.Contracts.Documents;

namespace OneStop.Intake.Documents;

/// <summary>
/// One document of one applicant (by the blind index of its identity number), usable in any of its applications until
/// ValidUntil (一人一档 / 一企一档). The content is sealed (AES-GCM) in the document store; Sha256 is that of the
/// plain content, which the utilities can check. File names are kept for display only, never used as paths.
/// </summary>
public sealed class Document
{
    public Guid Id { get; private set; }
    public string ApplicantKey { get; private set; } = "";
    public string Type { get; private set; } = "";
    public DocumentSource Source { get; private set; }
    public DocumentStatus Status { get; private set; }
    public string? FileName { get; private set; }
    public string MediaType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateOnly? ValidUntil { get; private set; }
    /// <summary>Where the document store keeps the sealed content (a file name, or a PostgreSQL large object id).</summary>
    public string ContentLocator { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset? ConsentedAt { get; private set; }
    public string? ConsentedBy { get; private set; }

    public static Document Uploaded(string applicantKey, DocumentKind kind, string fileName, string mediaType, byte[] content, string by,
        DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), ApplicantKey = applicantKey, Type = kind.Code, Source = DocumentSource.Upload, Status = DocumentStatus.Ready,
        FileName = fileName, MediaType = mediaType, Size = content.Length, Sha256 = HashOf(content), CreatedAt = at, CreatedBy = by,
        ValidUntil = ChinaDate(at).AddDays(kind.ValidForDays ?? 0),
    };

    public static Document Fetched(string applicantKey, DocumentKind kind, DateOnly? validUntil, byte[] content, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), ApplicantKey = applicantKey, Type = kind.Code, Source = DocumentSource.Certificate,
        Status = DocumentStatus.AwaitingConsent, MediaType = CertificateMediaType, Size = content.Length, Sha256 = HashOf(content),
        CreatedAt = at, CreatedBy = by, ValidUntil = validUntil,
    };

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static DateOnly ChinaDate(DateTimeOffset at) => WorkingDayCalendar.ChinaDate(at);

    public void StoredAt(string locator) => ContentLocator = locator;

    /// <summary>A fetched certificate is kept as the record the certificate service returned.</summary>
    public const string CertificateMediaType = "application/json";

    public DocumentKind Kind => DocumentKind.Find(Type)!;

    /// <summary>Usable in an application: consented to, and not expired on <paramref name="today"/> (China date).</summary>
    public bool IsUsableOn(DateOnly today) => Status == DocumentStatus.Ready && !(ValidUntil < today);

    /// <summary>The same document given again: it stays valid as long as the newer copy would. False when nothing changed.</summary>
    public bool Renew(DateOnly? validUntil)
    {
        if (ValidUntil is null || validUntil <= ValidUntil)
            return false;
        ValidUntil = validUntil;
        return true;
    }

    public void Consent(string by, DateTimeOffset at)
    {
        if (Status == DocumentStatus.Ready)
            return;
        (Status, ConsentedBy, ConsentedAt) = (DocumentStatus.Ready, by, at);
    }

    /// <summary>The document as the API shows it; the certificate's own record only to those who may read it.</summary>
    public DocumentView View(CertificateRecord? certificate = null) => new(
        Id, Type, Kind.NameZh, Kind.NameEn, Source, Status, FileName, MediaType, Size, Sha256, ValidUntil, CreatedAt, ConsentedAt, certificate);
}
