using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Security.Audit;

namespace OneStop.FrontDoor.SignIn;

/// <summary>
/// Counts failed sign-ins per key in the front door's database, so that every replica sees every other's, and says
/// which keys are locked. A lock is not a flag but follows from the failures within the window: nothing to clear when
/// it ends, and a release by an administrator is the deletion of the key's failures.
/// </summary>
public sealed class SignInThrottle(FrontDoorDbContext db, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private const int MaxListed = 500;
    private SignInThrottleOptions Rules => options.Value;

    /// <summary>A key's failures recorded before this attempt, and until when they lock it.</summary>
    public sealed record KeyState(string Key, int Failures, DateTimeOffset? LockedUntil);

    /// <summary>An attempt in flight: its own rows, and the keys as they stood before it.</summary>
    public sealed record Attempt(IReadOnlyList<long> RowIds, IReadOnlyList<KeyState> Keys)
    {
        public DateTimeOffset? LockedUntil => Keys.Max(k => k.LockedUntil);
    }

    /// <summary>
    /// Records the attempt as a failure of each key before the issuer checks the password, then judges it by the rows
    /// recorded before its own: attempts racing one another (on this replica or another) each see the ones ahead.
    /// </summary>
    public async Task<Attempt> BeginAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = keys.Select(key => SignInFailure.Of(key, now)).ToList();
        db.SignInFailures.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        var own = rows.Min(r => r.Id);
        var since = now - Rules.Window;
        var earlier = await db.SignInFailures.AsNoTracking()
            .Where(f => keys.Contains(f.Key) && f.At > since && f.Id < own)
            .GroupBy(f => f.Key)
            .Select(g => new { g.Key, Failures = g.Count(), Last = g.Max(f => f.At) })
            .ToDictionaryAsync(c => c.Key, cancellationToken);
        return new Attempt(rows.Select(r => r.Id).ToList(), keys.Select(key => earlier.TryGetValue(key, out var c)
            ? new KeyState(key, c.Failures, Rules.LockedUntil(key, c.Failures, c.Last))
            : new KeyState(key, 0, null)).ToList());
    }

    /// <summary>The attempt was a failure: its rows stay; one that locks a key is audited (with the address it came from).</summary>
    public async Task FailedAsync(Attempt attempt, AuditActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var key in attempt.Keys.Where(key => Rules.LockedUntil(key.Key, key.Failures + 1, now) is not null))
            db.Audit(actor, "sign-in.locked", key.Key, null, now);
        await db.SaveChangesAsync(cancellationToken);
        // What the window no longer counts is forgotten; the index on At makes this cheap.
        await db.SignInFailures.Where(f => f.At <= now - Rules.Window).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The right password: the attempt was no failure, and its user name's count ends (an address's does not).</summary>
    public async Task SucceededAsync(Attempt attempt, string userNameKey, CancellationToken cancellationToken) =>
        await db.SignInFailures.Where(f => attempt.RowIds.Contains(f.Id) || f.Key == userNameKey).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Refused while locked, or undecided (the issuer failed): the attempt counts for nothing.</summary>
    public async Task ForgetAsync(Attempt attempt, CancellationToken cancellationToken) =>
        await db.SignInFailures.Where(f => attempt.RowIds.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);

    public sealed record Lockout(string Key, int Failures, DateTimeOffset LockedUntil);

    /// <summary>The keys locked now, most recently failed first.</summary>
    public async Task<List<Lockout>> LockedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Rules.Window;
        var (perUserName, perAddress) = (Rules.FailuresPerUserName, Rules.FailuresPerAddress);
        var counted = await db.SignInFailures.AsNoTracking()
            .Where(f => f.At > since)
            .GroupBy(f => f.Key)
            .Where(g => g.Count() >= (g.Key.StartsWith(SignInKeys.UserNamePrefix) ? perUserName : perAddress))
            .Select(g => new { g.Key, Failures = g.Count(), Last = g.Max(f => f.At) })
            .OrderByDescending(c => c.Last)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return counted
            .Select(c => (c.Key, c.Failures, Until: Rules.LockedUntil(c.Key, c.Failures, c.Last)))
            .Where(c => c.Until > now)
            .Select(c => new Lockout(c.Key, c.Failures, c.Until!.Value))
            .ToList();
    }

    /// <summary>Forgets a key's failures, which ends its lock; audited. False if it had none.</summary>
    public async Task<bool> ReleaseAsync(string key, AuditActor administrator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        key = SignInKeys.IsUserName(key) ? SignInKeys.UserName(key[SignInKeys.UserNamePrefix.Length..]) : key;
        if (await db.SignInFailures.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken) == 0)
            return false;
        db.Audit(administrator, "sign-in.released", key, null, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
