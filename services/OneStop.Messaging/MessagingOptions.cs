namespace OneStop.Messaging;

/// <summary>Bound from <c>Messaging:*</c>.</summary>
public sealed class MessagingOptions
{
    /// <summary>Messages each receive endpoint handles at once; each holds a database connection while it runs.</summary>
    public int ConcurrentMessageLimit { get; set; } = 8;
}
