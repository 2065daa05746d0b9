namespace OneStop.Intake.Applications.Submit;

/// <summary>The first result of a request sent with an Idempotency-Key, returned again when the client retries.</summary>
public sealed record IdempotencyRecord(string Key, string RequestHash, Guid ApplicationId, string ApplicationNumber, DateTime CreatedAt);
