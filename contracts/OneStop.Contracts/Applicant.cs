namespace OneStop.Contracts;

/// <summary>
/// Who applies and whom to contact, as the utilities and notification need it. The identity number is not here: it
/// stays in intake, and events name the applicant by its blind index (see <see cref="JointApplicationSubmitted"/>).
/// Email is optional: where given, notifications also go there.
/// </summary>
public sealed record Applicant(ApplicantType Type, string Name, string ContactName, string Phone, string? Email = null);
