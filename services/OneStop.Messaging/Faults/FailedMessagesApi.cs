using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Messaging.Faults;

/// <summary>
/// The messages a service's consumers gave up on, for its administrators: listed, read (the event as sent, personal
/// data and all, so audited) and replayed to their endpoint once what failed them is fixed (audited).
/// </summary>
public static class FailedMessagesApi
{
    public static void MapFailedMessages<TDbContext>(this IEndpointRouteBuilder api) where TDbContext : MessagingDbContext
    {
        api.MapGet("/failed-messages", ListAsync)
            .WithSummary("处理失败的消息 / Messages the consumers gave up on")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.OperateMessaging);
        api.MapGet("/failed-messages/{endpoint}/{messageId}", (string endpoint, string messageId, TDbContext db, HttpContext http,
                CancellationToken cancellationToken) => ReadAsync(endpoint, messageId, db, http, cancellationToken))
            .WithSummary("查看处理失败的消息 / Read a message the consumers gave up on")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.OperateMessaging);
        api.MapPost("/failed-messages/{endpoint}/{messageId}/replay", (string endpoint, string messageId, TDbContext db, HttpContext http,
                CancellationToken cancellationToken) => ReplayAsync(endpoint, messageId, db, http, cancellationToken))
            .WithSummary("重新投递 / Send it back to its endpoint")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.OperateMessaging);
    }

    private static async Task<Results<Ok<IReadOnlyList<FailedMessage>>, ProblemHttpResult>> ListAsync(HttpContext http, CancellationToken cancellationToken) =>
        http.RequestServices.GetService<ErrorQueues>() is { } queues
            ? TypedResults.Ok(await queues.ListAsync(cancellationToken))
            : NoBroker();

    private static async Task<Results<Ok<FailedMessage>, ProblemHttpResult>> ReadAsync(string endpoint, string messageId, MessagingDbContext db,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (http.RequestServices.GetService<ErrorQueues>() is not { } queues)
            return NoBroker();
        if (await queues.ReadAsync(endpoint, messageId, cancellationToken) is not { } message)
            return NotFound(endpoint, messageId);
        db.Audit(http, "failed-message.read", Resource(endpoint, messageId), null, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(message);
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> ReplayAsync(string endpoint, string messageId, MessagingDbContext db, HttpContext http,
        CancellationToken cancellationToken)
    {
        if (http.RequestServices.GetService<ErrorQueues>() is not { } queues)
            return NoBroker();
        // Audited before it is sent: a replay that happened is never missing from the log (one that then failed may be in it).
        db.Audit(http, "failed-message.replay", Resource(endpoint, messageId), null, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await queues.ReplayAsync(endpoint, messageId, cancellationToken)
            ? TypedResults.Accepted((string?)null)
            : NotFound(endpoint, messageId);
    }

    private static string Resource(string endpoint, string messageId) => $"failed-message/{endpoint}/{messageId}";

    private static ProblemHttpResult NotFound(string endpoint, string messageId) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "没有该消息 / No such failed message",
        detail: $"端点 {endpoint} 的错误队列中没有消息 {messageId} / The error queue of endpoint {endpoint} holds no message {messageId}.");

    private static ProblemHttpResult NoBroker() => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "没有消息代理 / No message broker",
        detail: "本实例使用进程内总线，没有可查看的错误队列 / This instance runs on the in-process bus, which keeps no error queues to browse.");
}
