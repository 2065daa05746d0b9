namespace OneStop.Contracts;

/// <summary>A document the applicant attached to an answer, named by its kind; its content stays in intake's store.</summary>
public sealed record AttachedDocument(Guid DocumentId, string Type, string NameZh, string NameEn);
