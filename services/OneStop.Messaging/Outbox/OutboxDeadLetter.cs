namespace OneStop.Messaging.Outbox;

/// <summary>
/// An outbox row that can never be published as it stands (its type no longer resolves, its body does not read), moved
/// out of the outbox so that it holds up nothing, and kept with its error until an administrator replays it.
/// </summary>
public sealed class OutboxDeadLetter
{
    public long Id { get; private set; }
    public Guid MessageId { get; private set; }
    public string MessageType { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? TraceParent { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime DeadAt { get; private set; }
    public int Attempts { get; private set; }
    public string Error { get; private set; } = "";

    public static OutboxDeadLetter Of(OutboxMessage row, string error, DateTime utcNow) => new()
    {
        MessageId = row.MessageId,
        MessageType = row.MessageType,
        Body = row.Body,
        TraceParent = row.TraceParent,
        CreatedAt = row.CreatedAt,
        DeadAt = utcNow,
        Attempts = row.Attempts + 1,
        Error = error,
    };

    /// <summary>Back into the outbox under its own message id: if it did reach a consumer after all, the inbox absorbs it.</summary>
    public OutboxMessage Replay(DateTime utcNow) => OutboxMessage.Again(MessageId, MessageType, Body, TraceParent, CreatedAt, utcNow);
}
