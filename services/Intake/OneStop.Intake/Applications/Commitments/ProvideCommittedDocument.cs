using Microsoft.AspNetCore.Builder;
using OneStop.Intake.Applications.Answers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.Contracts.Intake;
using Microsoft.EntityFrameworkCore;
using OneStop.Intake.Documents;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Intake.Applications.Commitments;

/// <summary>
/// <c>POST /applications/{id}/documents</c> <c>{"type", "documentId"}</c>: the applicant (or the counter) gives a
/// document it committed to give (容缺受理); the utilities whose stages wait for it are told.
/// </summary>
public static class ProvideCommittedDocument
{
    public static RouteHandlerBuilder MapProvideCommittedDocument(this IEndpointRouteBuilder api) =>
        api.MapPost("/applications/{id:guid}/documents", HandleAsync)
            .WithName("ProvideCommittedDocument")
            .WithSummary("补交容缺承诺的材料 / Provide a document promised on a commitment")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.FileApplications);

    private static async Task<Results<Accepted, ProblemHttpResult>> HandleAsync(Guid id, ProvideCommittedDocumentRequest request, CurrentUser user, HttpContext http,
        IntakeDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Documents).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !(user.IsApplicantWith(application.ApplicantIdNumber) || user.IsIn(Roles.Clerk)))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到该申请 / Application not found",
                detail: $"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}.");
        var now = clock.GetUtcNow();
        var document = request.DocumentId is { } documentId
            ? await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.ApplicantKey == application.ApplicantKey, cancellationToken)
            : null;
        if (document is null || document.Type != request.Type || !document.IsUsableOn(Document.ChinaDate(now)))
            return DocumentProblems.Invalid("documentId", "请选择该申请人已确认、未过期、种类相符的材料",
                "choose a document of this applicant, of that kind, consented to and not expired");
        if (await db.CommitAsync(http, application, "provide-document", fresh => fresh.ProvideCommittedDocument(document, now), now, cancellationToken)
            is { } problem)
            return problem;
        return TypedResults.Accepted($"/api/intake/applications/{application.Id}");
    }
}
