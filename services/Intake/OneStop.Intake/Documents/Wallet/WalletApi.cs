using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts.Documents;
using OneStop.Security.Audit;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Intake.Documents.Wallet;

/// <summary>
/// 一人一档 / 一企一档: the documents an applicant has given and that are still valid, to be reused rather than asked
/// for again. The applicant reads its own; the counter names the walk-in applicant in a body (never in a URL).
/// </summary>
public static class WalletApi
{
    private const int MaxListed = 200;

    public static void MapWallet(this IEndpointRouteBuilder api)
    {
        api.MapGet("/documents", MineAsync).WithName("MyDocuments").WithSummary("我的材料（可复用） / My documents, for reuse")
            .RequireAuthorization(Policies.ApplicantOwn);
        api.MapPost("/documents/search", SearchAsync).WithName("SearchDocumentsByIdNumber")
            .WithSummary("窗口查询申请人的材料 / Counter: an applicant's documents").RequireAuthorization(Policies.SearchByIdNumber);
    }

    private static async Task<Results<Ok<List<DocumentView>>, ProblemHttpResult>> MineAsync(CurrentUser user, IntakeDbContext db,
        PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken) =>
        user.IdNumber is { } own
            ? TypedResults.Ok(await UsableAsync(db, personalData.BlindIndex(own), clock.GetUtcNow(), cancellationToken))
            : DocumentProblems.Forbidden();

    private static async Task<Results<Ok<List<DocumentView>>, ProblemHttpResult>> SearchAsync(DocumentSearchRequest request, CurrentUser user, HttpContext http,
        IntakeDbContext db, PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.HolderIdNumber(request.IdNumber, clock, out var problem) is not { } idNumber)
            return problem!;
        var key = personalData.BlindIndex(idNumber);
        var now = clock.GetUtcNow();
        db.Audit(http, "document.search-by-id-number", "documents", key, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await UsableAsync(db, key, now, cancellationToken));
    }

    /// <summary>Consented, unexpired documents, newest first.</summary>
    public static async Task<List<DocumentView>> UsableAsync(IntakeDbContext db, string applicantKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = Document.ChinaDate(now);
        return (await db.Documents.AsNoTracking()
                .Where(d => d.ApplicantKey == applicantKey && d.Status == DocumentStatus.Ready && (d.ValidUntil == null || d.ValidUntil >= today))
                .OrderByDescending(d => d.Id)
                .Take(MaxListed)
                .ToListAsync(cancellationToken))
            .Select(d => d.View())
            .ToList();
    }
}
