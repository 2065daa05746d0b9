namespace OneStop.Intake.Applications.Submit;

/// <summary>
/// The first result of a request sent with an Idempotency-Key, returned again when the same user retries. Keys are
/// per user: two users who happen to choose the same key never see each other's applications.
/// </summary>
public sealed record IdempotencyRecord(string Owner, string Key, string RequestHash, Guid ApplicationId, string ApplicationNumber, DateTime CreatedAt);
