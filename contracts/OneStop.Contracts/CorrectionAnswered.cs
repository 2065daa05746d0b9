namespace OneStop.Contracts;

/// <summary>
/// The applicant (or the counter for it) answered a correction request, through intake, with the documents it attached
/// (null from releases before attachments).
/// </summary>
public sealed record CorrectionAnswered(
    Guid ApplicationId,
    UtilityKind Utility,
    Guid CorrectionId,
    string Answer,
    DateTimeOffset AnsweredAt,
    IReadOnlyList<AttachedDocument>? Attachments = null);
