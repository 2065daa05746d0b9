namespace OneStop.Messaging.Inbox;

/// <summary>A message a consumer has handled, recorded in the same transaction as the consumer's effects.</summary>
public sealed record InboxMessage(Guid MessageId, string Consumer, DateTime ProcessedAt);
