using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace OneStop.Security.Audit;

/// <summary>Read-only access to a service's audit log, newest first, a page at a time. There is no write endpoint.</summary>
public static class AuditLogApi
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 500;

    public sealed record Page(IReadOnlyList<AuditEntry> Entries, Guid? Next);

    public static RouteHandlerBuilder MapAuditLog<TDbContext>(this IEndpointRouteBuilder api, string policy) where TDbContext : DbContext =>
        api.MapGet("/audit", (Guid? before, int? limit, TDbContext db, CancellationToken cancellationToken) => ListAsync(before, limit, db, cancellationToken))
            .WithSummary("查询审计日志 / Read the audit log")
            .RequireAuthorization(policy);

    private static async Task<Results<Ok<Page>, ValidationProblem>> ListAsync(Guid? before, int? limit, DbContext db, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxPageSize)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"须在 1 到 {MaxPageSize} 之间 / must be between 1 and {MaxPageSize}"],
            });
        var size = limit ?? DefaultPageSize;
        // Guid v7 ids sort by time on PostgreSQL and SQLite alike.
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => before == null || e.Id < before.Value)
            .OrderByDescending(e => e.Id)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page(entries.Take(size).ToList(), entries.Count > size ? entries[size - 1].Id : null));
    }
}
