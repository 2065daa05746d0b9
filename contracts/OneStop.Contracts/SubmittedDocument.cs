namespace OneStop.Contracts;

/// <summary>
/// One document of a joint application's single document set: the document given (DocumentId, Sha256), or the date
/// by which the applicant committed to give it (容缺受理), and the utilities that need it, each before which stage.
/// A commitment's date moves when the calendar it was counted on changes: <see cref="DocumentCommitmentDueDateSet"/> says so.
/// (Releases before provisional calendars left it null while its year had no schedule.)
/// </summary>
public sealed record SubmittedDocument(
    string Type,
    string NameZh,
    string NameEn,
    Guid? DocumentId,
    string? Sha256,
    DateTimeOffset? CommitmentDueAt,
    IReadOnlyList<DocumentNeed> NeededBy);
