namespace OneStop.Contracts.Intake;

/// <summary>An accepted submission: the application's id and the number the applicant quotes.</summary>
public sealed record SubmitApplicationResponse(Guid Id, string Number, ApplicationStatus Status);
