namespace OneStop.Contracts;

/// <summary>
/// One document of a joint application's single document set: the document given (DocumentId, Sha256), or the date
/// by which the applicant committed to give it (容缺受理), and the utilities that need it, each before which stage.
/// A commitment's date is null while it falls in a year with no holiday schedule; <see cref="DocumentCommitmentDueDateSet"/>
/// follows once the schedule is installed.
/// </summary>
public sealed record SubmittedDocument(
    string Type,
    string NameZh,
    string NameEn,
    Guid? DocumentId,
    string? Sha256,
    DateTimeOffset? CommitmentDueAt,
    IReadOnlyList<DocumentNeed> NeededBy);
