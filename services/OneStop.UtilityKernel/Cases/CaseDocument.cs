using OneStop.Contracts;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// A document this utility's case needs, by reference: the joint application's copy in intake (read there as this
/// utility's operator), or, while the applicant's commitment (容缺) is open, the date it is due (null until the holiday
/// schedule of its year is installed) and the stage that waits.
/// </summary>
public sealed class CaseDocument
{
    public Guid CaseId { get; private set; }
    public string Type { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public Guid? DocumentId { get; private set; }
    public string? Sha256 { get; private set; }
    public DateTimeOffset? CommitmentDueAt { get; private set; }
    public string? BeforeStage { get; private set; }
    public DateTimeOffset? ProvidedAt { get; private set; }

    public bool IsPending => DocumentId is null;

    public static CaseDocument Of(Guid caseId, SubmittedDocument document, DocumentNeed need, DateTimeOffset at) => new()
    {
        CaseId = caseId, Type = document.Type, NameZh = document.NameZh, NameEn = document.NameEn, DocumentId = document.DocumentId,
        Sha256 = document.Sha256, CommitmentDueAt = document.CommitmentDueAt, BeforeStage = need.BeforeStage,
        ProvidedAt = document.DocumentId is null ? null : at,
    };

    public void Provide(Guid documentId, string sha256, DateTimeOffset at) => (DocumentId, Sha256, ProvidedAt) = (documentId, sha256, at);

    public void SetCommitmentDueDate(DateTimeOffset dueAt) => CommitmentDueAt = dueAt;
}
