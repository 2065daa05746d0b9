using System.Diagnostics;
using System.Text.Json;

namespace OneStop.Messaging.Outbox;

/// <summary>
/// An integration event recorded in the same transaction as the change that caused it. Its MessageId becomes the
/// bus message id, so a re-send after a crash is recognised as a duplicate by every consumer's inbox.
/// </summary>
public sealed class OutboxMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public long Sequence { get; private set; }
    public Guid MessageId { get; private set; }
    public string MessageType { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>The W3C traceparent of the activity that recorded the event, so that the trace continues on the bus.</summary>
    public string? TraceParent { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>A dispatcher holds rows for a while so that replicas of one service do not publish the same rows together.</summary>
    public DateTime? LockedUntil { get; private set; }
    public Guid? LockedBy { get; private set; }

    /// <summary>A new row, leased from the start to this process's dispatcher, which is handed it once it commits.</summary>
    public static OutboxMessage For<TMessage>(TMessage message, DateTime utcNow, TimeSpan lease) where TMessage : class => new()
    {
        MessageId = Guid.NewGuid(),
        MessageType = TypeName(message.GetType()),
        Body = JsonSerializer.Serialize(message, message.GetType(), Json),
        TraceParent = Activity.Current?.Id,
        CreatedAt = utcNow,
        LockedUntil = utcNow + lease,
    };

    /// <summary>A dead letter replayed: due at once, for whichever dispatcher polls first.</summary>
    internal static OutboxMessage Again(Guid messageId, string messageType, string body, string? traceParent, DateTime createdAt, DateTime utcNow) => new()
    {
        MessageId = messageId,
        MessageType = messageType,
        Body = body,
        TraceParent = traceParent,
        CreatedAt = createdAt,
        LockedUntil = utcNow,
    };

    public (object Message, Type Type) Deserialize()
    {
        var type = Type.GetType(MessageType, throwOnError: true)!;
        return (JsonSerializer.Deserialize(Body, type, Json)!, type);
    }

    // Assembly-qualified without a version, so rows written before an upgrade still resolve after it.
    private static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
