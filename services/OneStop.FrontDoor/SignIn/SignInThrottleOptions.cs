namespace OneStop.FrontDoor.SignIn;

/// <summary>
/// <c>SignIn:Throttle</c>. A key (user name or address) that failed <see cref="FailuresPerUserName"/> or
/// <see cref="FailuresPerAddress"/> times within <see cref="Window"/> is locked for <see cref="FirstLock"/>, doubled with
/// each further failure up to <see cref="LongestLock"/>.
/// </summary>
public sealed class SignInThrottleOptions
{
    public int FailuresPerUserName { get; set; } = 5;

    /// <summary>Higher than per user name: a service centre's counters, or a company's office, share one address.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan FirstLock { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan LongestLock { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Networks of the platform's own clients that sign people in on their behalf (the portal), in CIDR form: from
    /// these, the address counted is the one the client names in X-Forwarded-For (its visitor's), never their own,
    /// which every visitor's failures would lock. Loopback when none are given (the all-in-one host's portal).
    /// </summary>
    public List<string> FirstPartyNetworks { get; set; } = [];

    public int FailuresAllowed(string key) => SignInKeys.IsUserName(key) ? FailuresPerUserName : FailuresPerAddress;

    /// <summary>Until when <paramref name="failures"/> failures, the last at <paramref name="last"/>, lock a key; null if they do not.</summary>
    public DateTimeOffset? LockedUntil(string key, int failures, DateTimeOffset last)
    {
        var beyond = failures - FailuresAllowed(key);
        if (beyond < 0)
            return null;
        var doubled = FirstLock * Math.Pow(2, Math.Min(beyond, 16));
        return last + (doubled < LongestLock ? doubled : LongestLock);
    }
}
