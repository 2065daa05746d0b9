namespace OneStop.Contracts.Guide;

/// <summary>
/// The service guide (GET /api/intake/guide): each document once, each utility's stages, time limits and fees, and the
/// rules that spare the applicant documents.
/// </summary>
public sealed record ServiceGuideView(ApplicantType ApplicantType, IReadOnlyList<DocumentGuide> Documents, IReadOnlyList<UtilityGuide> Utilities, string Rules);
