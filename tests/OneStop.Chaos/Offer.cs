namespace OneStop.Chaos;

/// <summary>One application the load offered: what it asked for, and everything the platform answered for it.</summary>
public sealed class Offer(string idempotencyKey, string[] utilities, TimeSpan offeredAt)
{
    public string IdempotencyKey => idempotencyKey;
    public string[] Utilities => utilities;
    /// <summary>Since the start of the run, as every time here.</summary>
    public TimeSpan OfferedAt => offeredAt;
    // Replaced whole, never changed in place: the progress tracker reads it while the offer's own task answers.
    private volatile Guid[] _answeredIds = [];

    /// <summary>Every application id a 202 named for this offer: one, unless the platform filed it twice.</summary>
    public IReadOnlyList<Guid> AnsweredIds => _answeredIds;
    public Guid? ApplicationId => _answeredIds is [var first, ..] ? first : null;
    public TimeSpan? AcknowledgedAt { get; private set; }
    public int Attempts { get; private set; }
    public TimeSpan? InProgressAt { get; set; }

    public void Attempted() => Attempts++;

    public void Acknowledged(Guid applicationId, TimeSpan at)
    {
        AcknowledgedAt ??= at;
        if (!_answeredIds.Contains(applicationId))
            _answeredIds = [.. _answeredIds, applicationId];
    }
}
