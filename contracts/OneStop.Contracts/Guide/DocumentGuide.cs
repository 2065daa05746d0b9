using OneStop.Contracts.Documents;

namespace OneStop.Contracts.Guide;

/// <summary>Source is where a new copy comes from (a certificate is fetched, never uploaded); Provision how this applicant gives it.</summary>
public sealed record DocumentGuide(string Type, string NameZh, string NameEn, DocumentSource Source, Provision Provision, Guid? ReuseDocumentId,
    IReadOnlyList<string> LegalBasis, int? CommitmentWorkingDays, IReadOnlyList<DocumentNeed> NeededBy);
