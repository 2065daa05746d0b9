using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.UtilityKernel;

/// <summary>Read access to a utility's own records.</summary>
public static class UtilityApplicationsApi<TDbContext, TDetails>
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    private const int MaxListed = 100;

    /// <summary>
    /// A utility's case as its operators and the regulator see it. Neither is the applicant's owner or the counter,
    /// so the phone is masked; the identity number never reaches a utility at all.
    /// </summary>
    public sealed record View(Guid Id, Guid JointApplicationId, string ApplicationNumber, UtilityKind Utility, UtilityApplicationStatus Status,
        DateTimeOffset ReceivedAt, Applicant Applicant, Site Site, TDetails Details);

    public static void Map(IEndpointRouteBuilder api, UtilityKind utility)
    {
        var policy = Policies.ReadUtilityCases(utility);
        api.MapGet("/applications/{id:guid}", GetAsync).WithSummary("查询本单位的申请 / Get one of this utility's applications")
            .RequireAuthorization(policy);
        api.MapGet("/applications", ListAsync).WithSummary("按联合报装申请查询 / List applications, optionally by joint application")
            .RequireAuthorization(policy);
    }

    private static async Task<Results<Ok<View>, ProblemHttpResult>> GetAsync(
        Guid id, TDbContext db, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application
            ? TypedResults.Ok(ToView(application))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
                detail: $"本单位没有编号为 {id} 的申请 / This utility has no application with id {id}.");

    // Newest first: Guid v7 ids sort by creation time on both PostgreSQL and SQLite.
    private static async Task<Ok<List<View>>> ListAsync(
        Guid? jointApplicationId, TDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Applications.AsNoTracking()
                .Where(a => jointApplicationId == null || a.JointApplicationId == jointApplicationId)
                .OrderByDescending(a => a.Id)
                .Take(MaxListed)
                .ToListAsync(cancellationToken))
            .Select(ToView)
            .ToList());

    private static View ToView(UtilityApplication<TDetails> application) => new(
        application.Id, application.JointApplicationId, application.ApplicationNumber, application.Utility, application.Status,
        application.ReceivedAt, application.Applicant with { Phone = MobilePhoneNumber.Mask(application.Applicant.Phone) },
        application.Site, application.Details);
}
