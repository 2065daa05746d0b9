using System.Text.Json;
using OneStop.Contracts.Documents;
using OneStop.Intake.Documents.Wallet;
using OneStop.Intake.Documents.Uploads;
using OneStop.Intake.Documents.Certificates;
using OneStop.Intake.Documents.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Security.Audit;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Intake.Documents;

/// <summary>
/// A document's description and content, and the applicant's consent to a fetched certificate. Operators read what
/// their cases need (audited); to anyone else who may not read a document it does not exist.
/// </summary>
public static class DocumentsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapDocuments(this IEndpointRouteBuilder api)
    {
        api.MapUploadDocument();
        api.MapFetchCertificate();
        api.MapWallet();
        api.MapGet("/documents/{id:guid}", GetAsync).WithName("GetDocument").WithSummary("查看材料 / Describe a document")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadDocuments);
        api.MapGet("/documents/{id:guid}/content", GetContentAsync).WithName("GetDocumentContent").WithSummary("下载材料 / The document's content")
            // An upload is a PDF, JPEG, PNG or (a video of the works) MP4; a fetched certificate is its JSON record.
            .Produces(StatusCodes.Status200OK, null, "application/pdf", "image/jpeg", "image/png", "video/mp4", "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadDocuments);
        api.MapPost("/documents/{id:guid}/consent", ConsentAsync).WithName("ConsentToCertificate")
            .WithSummary("确认使用调取的电子证照 / Consent to the use of a fetched certificate")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileApplications);
    }

    private static async Task<Results<Ok<DocumentView>, ProblemHttpResult>> GetAsync(Guid id, CurrentUser user, IntakeDbContext db, IDocumentStore store,
        PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        if (await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document
            || !await user.CanReadAsync(document, db, personalData, cancellationToken))
            return DocumentProblems.NotFound(id);
        // The certificate's own record is the applicant's to check; an operator reads the content like any other document.
        var certificate = document.Source == DocumentSource.Certificate && user.SeesPersonalData()
            ? JsonSerializer.Deserialize<CertificateRecord>(await db.ReadContentAsync(store, personalData, document, cancellationToken), Json)
            : null;
        return TypedResults.Ok(document.View(certificate));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetContentAsync(Guid id, CurrentUser user, HttpContext http,
        IntakeDbContext db, IDocumentStore store, PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document
            || !await user.CanReadAsync(document, db, personalData, cancellationToken))
            return DocumentProblems.NotFound(id);
        var content = await db.ReadContentAsync(store, personalData, document, cancellationToken);
        if (document.Source == DocumentSource.Certificate && !user.SeesPersonalData())
            content = JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize<CertificateRecord>(content, Json)!.Masked(), Json);
        db.Audit(http, "document.read", $"document/{document.Id}", document.ApplicantKey, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content, document.MediaType, DownloadName.Of(document));
    }

    private static async Task<Results<Ok<DocumentView>, ProblemHttpResult>> ConsentAsync(Guid id, CurrentUser user, HttpContext http, IntakeDbContext db,
        PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Only the applicant, or the counter with the applicant in front of it, agrees; to others the document does not exist.
        if (await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document
            || user.IsIn(Roles.Operator) || !await user.CanReadAsync(document, db, personalData, cancellationToken))
            return DocumentProblems.NotFound(id);
        if (document.Source != DocumentSource.Certificate)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "无需确认 / Nothing to consent to",
                detail: "只有调取的电子证照需要确认 / Only fetched certificates need consent.");
        var now = clock.GetUtcNow();
        if (document.Status == DocumentStatus.AwaitingConsent)
        {
            document.Consent(user.UserName, now);
            db.Audit(http, "document.consent", $"document/{document.Id}", document.ApplicantKey, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(document.View());
    }
}
