using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Utilities;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.UtilityKernel.Operations;

/// <summary>Read access to a utility's own cases.</summary>
public static class UtilityApplicationsApi<TDbContext, TDetails>
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    private const int MaxListed = 100;

    public static void Map(IEndpointRouteBuilder api, UtilityKind utility)
    {
        var policy = Policies.ReadUtilityCases(utility);
        api.MapGet("/applications/{id:guid}", GetAsync).WithSummary("查询本单位的申请 / Get one of this utility's applications")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(policy);
        api.MapGet("/applications", ListAsync).WithSummary("按联合报装申请查询 / List applications, optionally by joint application")
            .RequireAuthorization(policy);
    }

    private static async Task<Results<Ok<CaseView<TDetails>>, ProblemHttpResult>> GetAsync(
        Guid id, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application
            ? TypedResults.Ok(CaseViews.Of(application, calendar, clock.GetUtcNow()))
            : CaseNotFound(id);

    // Newest first: Guid v7 ids sort by creation time on both PostgreSQL and SQLite.
    private static async Task<Ok<List<CaseView<TDetails>>>> ListAsync(
        Guid? jointApplicationId, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var applications = await db.Cases.AsNoTracking()
            .Where(a => jointApplicationId == null || a.JointApplicationId == jointApplicationId)
            .OrderByDescending(a => a.Id)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(applications.Select(a => CaseViews.Of(a, calendar, now)).ToList());
    }

    public static ProblemHttpResult CaseNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
            detail: $"本单位没有编号为 {id} 的申请 / This utility has no application with id {id}.");
}
