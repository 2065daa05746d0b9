using System.Text.Json;
using OneStop.Contracts.Documents;
using OneStop.Intake.Documents.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Intake.Documents.Certificates;

/// <summary>
/// <c>POST /certificates</c> <c>{"type", "idNumber"}</c>: fetches the applicant's electronic certificate (电子证照) from
/// government data sharing and shows it for the applicant to check. It can be used only once the applicant consents
/// (<c>POST /documents/{id}/consent</c>). Fetching the same certificate again returns the document already held.
/// </summary>
public static class FetchCertificate
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteHandlerBuilder MapFetchCertificate(this IEndpointRouteBuilder api) =>
        api.MapPost("/certificates", HandleAsync)
            .WithName("FetchCertificate")
            .WithSummary("调取电子证照（须经申请人确认后使用） / Fetch an electronic certificate, to be used once the applicant consents")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(Policies.FileApplications);

    private static async Task<Results<Created<DocumentView>, Ok<DocumentView>, ProblemHttpResult>> HandleAsync(
        FetchCertificateRequest request, HttpContext http, CurrentUser user, IntakeDbContext db, IDocumentStore store, IElectronicCertificates certificates,
        PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DocumentKind.Find(request.Type) is not { Source: DocumentSource.Certificate } kind)
            return DocumentProblems.Invalid("type", $"可调取的电子证照：{string.Join("、", DocumentKind.All.Where(k => k.Source == DocumentSource.Certificate).Select(k => $"{k.Code}（{k.NameZh}）"))}",
                "not an electronic certificate kind");
        if (user.HolderIdNumber(request.IdNumber, clock, out var holderProblem) is not { } idNumber)
            return holderProblem!;
        if (kind == DocumentKind.ResidentId && !ResidentIdNumber.IsValid(idNumber, clock) || kind == DocumentKind.BusinessLicence && !UnifiedSocialCreditCode.IsValid(idNumber))
            return DocumentProblems.Invalid("type", $"{kind.NameZh}须以相应证件号码调取", $"the {kind.NameEn} is fetched with the matching kind of identity number");

        CertificateRecord? record;
        try
        {
            record = await certificates.FindAsync(kind.Code, idNumber, cancellationToken);
        }
        catch (CertificateServiceUnavailableException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "电子证照服务暂不可用 / Certificate service unavailable",
                detail: "请稍后再试 / Please try again later.");
        }
        var now = clock.GetUtcNow();
        if (record is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未查到该电子证照 / No such certificate on record",
                detail: $"电子证照库中没有该申请人的{kind.NameZh}；如允许容缺，可签署承诺后补 / The certificate service holds no {kind.NameEn} for this applicant; where allowed, commit to provide it later.");
        if (record.ValidUntil < Document.ChinaDate(now))
            return DocumentProblems.Unprocessable("证照已过期 / Certificate expired",
                $"{kind.NameZh}已于 {record.ValidUntil:yyyy-MM-dd} 过期，请先到发证机关换领 / The {kind.NameEn} expired on {record.ValidUntil:yyyy-MM-dd}; renew it with its issuer first.");

        var content = JsonSerializer.SerializeToUtf8Bytes(record, Json);
        var document = Document.Fetched(personalData.BlindIndex(idNumber), kind, record.ValidUntil, content, user.UserName, now);
        var (stored, created) = await db.AddOnceAsync(store, personalData, document, content, http, "certificate.fetch", cancellationToken);
        return created
            ? TypedResults.Created($"/api/intake/documents/{stored.Id}", stored.View(record))
            : TypedResults.Ok(stored.View(record));
    }
}
