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

    public sealed record KeyState(string Key, int Failures, DateTimeOffset? LockedUntil);

    public async Task<IReadOnlyList<KeyState>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Rules.Window;
        var counted = await db.SignInFailures.AsNoTracking()
            .Where(f => keys.Contains(f.Key) && f.At > since)
            .GroupBy(f => f.Key)
            .Select(g => new { g.Key, Failures = g.Count(), Last = g.Max(f => f.At) })
            .ToDictionaryAsync(c => c.Key, cancellationToken);
        return keys.Select(key => counted.TryGetValue(key, out var c)
            ? new KeyState(key, c.Failures, Rules.LockedUntil(key, c.Failures, c.Last))
            : new KeyState(key, 0, null)).ToList();
    }

    /// <summary>One more failure for each key; a failure that locks a key is audited (with the address it came from).</summary>
    public async Task FailedAsync(IReadOnlyList<KeyState> keys, AuditActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // What the window no longer counts is forgotten; the index on At makes this cheap.
        await db.SignInFailures.Where(f => f.At <= now - Rules.Window).ExecuteDeleteAsync(cancellationToken);
        foreach (var key in keys)
        {
            db.SignInFailures.Add(SignInFailure.Of(key.Key, now));
            if (Rules.LockedUntil(key.Key, key.Failures + 1, now) is not null)
                db.Audit(actor, "sign-in.locked", key.Key, null, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A correct password ends the count for its user name; an address's failures still count.</summary>
    public async Task SucceededAsync(KeyState userName, CancellationToken cancellationToken)
    {
        if (userName.Failures > 0)
            await db.SignInFailures.Where(f => f.Key == userName.Key).ExecuteDeleteAsync(cancellationToken);
    }

    public sealed record Lockout(string Key, int Failures, DateTimeOffset LockedUntil);

    /// <summary>The keys locked now, most recently failed first.</summary>
    public async Task<List<Lockout>> LockedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Rules.Window;
        var fewest = Math.Min(Rules.FailuresPerUserName, Rules.FailuresPerAddress);
        var counted = await db.SignInFailures.AsNoTracking()
            .Where(f => f.At > since)
            .GroupBy(f => f.Key)
            .Where(g => g.Count() >= fewest)
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
        if (await db.SignInFailures.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken) == 0)
            return false;
        db.Audit(administrator, "sign-in.released", key, null, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
