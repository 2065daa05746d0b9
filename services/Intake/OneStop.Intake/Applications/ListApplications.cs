using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Security.Audit;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;
using OneStop.Contracts.Intake;

namespace OneStop.Intake.Applications;

/// <summary>
/// "My applications" for an applicant; for the counter and the regulator, any application by number, and for the
/// counter also every application of one identity number (sent in a body, so the number never sits in a URL or a log).
/// </summary>
public static class ListApplications
{
    private const int MaxListed = 100;

    public static void MapListApplications(this IEndpointRouteBuilder api)
    {
        api.MapGet("/applications", ListAsync)
            .WithName("ListApplications")
            .WithSummary("我的申请；按申请编号查询 / My applications; find one by number")
            .RequireAuthorization(Policies.ListApplications);
        api.MapPost("/applications/search", SearchAsync)
            .WithName("SearchApplicationsByIdNumber")
            .WithSummary("窗口按证件号码查询申请 / Counter: find the applications of an identity number")
            .RequireAuthorization(Policies.SearchByIdNumber);
    }

    private static async Task<Ok<List<ApplicationSummary>>> ListAsync(string? number, CurrentUser user, IntakeDbContext db,
        PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsQueryable();
        if (!user.IsIn(Roles.Clerk) && !user.IsIn(Roles.Regulator))
        {
            var ownKey = user.IdNumber is { } idNumber ? personalData.BlindIndex(idNumber) : "";
            applications = applications.Where(a => a.ApplicantKey == ownKey);
        }
        if (!string.IsNullOrWhiteSpace(number))
            applications = applications.Where(a => a.Number == number.Trim());
        return TypedResults.Ok(await SummariesAsync(applications, cancellationToken));
    }

    private static async Task<Results<Ok<List<ApplicationSummary>>, ValidationProblem>> SearchAsync(ApplicationSearchRequest request, HttpContext http,
        IntakeDbContext db, PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        var idNumber = request.IdNumber?.Trim().ToUpperInvariant();
        if (!ResidentIdNumber.IsValid(idNumber, clock) && !UnifiedSocialCreditCode.IsValid(idNumber))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["idNumber"] = ["不是有效的身份证号码或统一社会信用代码 / is not a valid resident identity number or unified social credit code"],
            });
        var key = personalData.BlindIndex(idNumber!);
        // Looking someone up by identity number is itself worth recording (PIPL), though it changes nothing.
        db.Audit(http, "application.search-by-id-number", "joint-applications", key, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await SummariesAsync(db.Applications.Where(a => a.ApplicantKey == key), cancellationToken));
    }

    // Newest first: Guid v7 ids sort by creation time on both PostgreSQL and SQLite.
    private static async Task<List<ApplicationSummary>> SummariesAsync(IQueryable<JointApplication> applications, CancellationToken cancellationToken) =>
        (await applications.AsNoTracking().Include(a => a.Utilities).OrderByDescending(a => a.Id).Take(MaxListed).ToListAsync(cancellationToken))
        .Select(a => new ApplicationSummary(a.Id, a.Number, a.Status, a.SubmittedAt, a.Applicant.Name,
            a.Utilities.OrderBy(u => u.Utility).Select(u => new UtilitySummary(u.Utility, u.Status)).ToList()))
        .ToList();
}
