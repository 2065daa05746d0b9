namespace OneStop.Contracts.Intake;

// The applicant's (or the counter's) answers on a filed application, as intake's API takes them; nullable so that a
// missing value reaches the service's own checks.

/// <summary>
/// POST /api/intake/applications/{id}/utilities/{utility}/corrections/{correctionId}/answer: the answer, and the
/// applicant's documents (uploaded or fetched beforehand) that go with it.
/// </summary>
public sealed record AnswerCorrectionRequest(string? Answer, IReadOnlyList<Guid>? DocumentIds = null);

/// <summary>POST /api/intake/applications/{id}/utilities/{utility}/customer-works</summary>
public sealed record DeclareCustomerWorksRequest(string? Note);

/// <summary>POST /api/intake/applications/{id}/documents: a document given that was promised on a commitment.</summary>
public sealed record ProvideCommittedDocumentRequest(string? Type, Guid? DocumentId);
