using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Messaging.Outbox;

/// <summary>
/// A service's dead letters for its administrators: listed, read (the event as recorded, personal data and all, so
/// audited) and replayed into the outbox once what stopped them is fixed (audited).
/// </summary>
public static class DeadLettersApi
{
    private const int MaxListed = 500;

    public sealed record DeadLetterSummary(long Id, Guid MessageId, string MessageType, DateTime CreatedAt, DateTime DeadAt, int Attempts, string Error);

    public sealed record DeadLetterView(long Id, Guid MessageId, string MessageType, DateTime CreatedAt, DateTime DeadAt, int Attempts, string Error,
        string Body);

    public static void MapDeadLetters<TDbContext>(this IEndpointRouteBuilder api) where TDbContext : MessagingDbContext
    {
        api.MapGet("/dead-letters", (TDbContext db, CancellationToken cancellationToken) => ListAsync(db, cancellationToken))
            .WithSummary("无法发布的事件 / Events that could not be published")
            .RequireAuthorization(Policies.OperateMessaging);
        api.MapGet("/dead-letters/{id:long}", (long id, TDbContext db, HttpContext http, CancellationToken cancellationToken) => ReadAsync(id, db, http, cancellationToken))
            .WithSummary("查看无法发布的事件 / Read an event that could not be published")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.OperateMessaging);
        api.MapPost("/dead-letters/{id:long}/replay", (long id, TDbContext db, HttpContext http, CancellationToken cancellationToken) => ReplayAsync(id, db, http, cancellationToken))
            .WithSummary("重新发布 / Put it back in the outbox")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.OperateMessaging);
    }

    private static async Task<Ok<List<DeadLetterSummary>>> ListAsync(MessagingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.OutboxDeadLetters.AsNoTracking()
            .OrderByDescending(d => d.Id)
            .Take(MaxListed)
            .Select(d => new DeadLetterSummary(d.Id, d.MessageId, d.MessageType, d.CreatedAt, d.DeadAt, d.Attempts, d.Error))
            .ToListAsync(cancellationToken));

    private static async Task<Results<Ok<DeadLetterView>, ProblemHttpResult>> ReadAsync(long id, MessagingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (await db.OutboxDeadLetters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } dead)
            return NotFound(id);
        db.Audit(http, "dead-letter.read", $"dead-letter/{id}", null, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DeadLetterView(dead.Id, dead.MessageId, dead.MessageType, dead.CreatedAt, dead.DeadAt, dead.Attempts, dead.Error, dead.Body));
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> ReplayAsync(long id, MessagingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (await db.OutboxDeadLetters.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } dead)
            return NotFound(id);
        var now = db.Clock.GetUtcNow();
        db.Outbox.Add(dead.Replay(now.UtcDateTime));
        db.OutboxDeadLetters.Remove(dead);
        db.Audit(http, "dead-letter.replay", $"dead-letter/{id}", null, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static ProblemHttpResult NotFound(long id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "没有该事件 / No such dead letter", detail: $"没有编号为 {id} 的无法发布事件 / There is no dead letter {id}.");
}
