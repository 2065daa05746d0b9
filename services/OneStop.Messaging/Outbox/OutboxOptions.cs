namespace OneStop.Messaging.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How often rows whose lease ran out are looked for; rows this process commits are published at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int BatchSize { get; set; } = 100;
    /// <summary>How long a row stays with one dispatcher (the committing process's, or the one that claimed it) before
    /// another may take it over: the longest a crash delays a message.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>The longest wait before retrying a row whose publish failed; failed rows are retried for ever, never dropped.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How long sent outbox rows and inbox records are kept; the inbox must outlive any redelivery.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
