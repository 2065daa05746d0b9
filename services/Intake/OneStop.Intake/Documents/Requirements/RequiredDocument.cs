using OneStop.Contracts;

namespace OneStop.Intake.Documents.Requirements;

/// <summary>
/// One document of a case's single document set, however many utilities need it. It may follow on a commitment only
/// when every utility that needs it allows that, within the shortest of their periods.
/// </summary>
public sealed record RequiredDocument(DocumentKind Kind, IReadOnlyList<string> LegalBasis, int? CommitmentWorkingDays, IReadOnlyList<DocumentNeed> NeededBy);
