namespace OneStop.Contracts;

/// <summary>
/// The applicant gave a document it had committed to give (容缺受理): the stages waiting for it can complete. NeededBy
/// names the utilities whose cases wait for it.
/// </summary>
public sealed record CommittedDocumentProvided(
    Guid ApplicationId, string Type, Guid DocumentId, string Sha256, DateTimeOffset ProvidedAt, IReadOnlyList<UtilityKind> NeededBy);
