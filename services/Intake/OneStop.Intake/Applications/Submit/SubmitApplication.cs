using System.Security.Cryptography;
using OneStop.Intake.Documents.Requirements;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStop.Calendar;
using OneStop.Intake.Documents;
using OneStop.Security.Audit;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;
using OneStop.Contracts.Intake;

namespace OneStop.Intake.Applications.Submit;

public static class SubmitApplication
{
    /// <summary>An application form is a few kilobytes; documents come separately.</summary>
    public const long MaxBodyBytes = 64 * 1024;
    private const int MaxIdempotencyKeyLength = 200;

    public static RouteHandlerBuilder MapSubmitApplication(this IEndpointRouteBuilder api) =>
        api.MapPost("/applications", HandleAsync)
            .WithName("SubmitApplication")
            .WithSummary("提交联合报装申请 / Submit a joint application")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            // An Idempotency-Key used before with a different application.
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.FileApplications);

    private static async Task<Results<Accepted<SubmitApplicationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        SubmitApplicationRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        CurrentUser user,
        HttpContext http,
        IntakeDbContext db,
        PersonalDataProtector personalData,
        DocumentRequirements requirements,
        WorkingDayCalendar calendar,
        TimeProvider clock,
        ILogger<JointApplication> logger,
        CancellationToken cancellationToken)
    {
        var errors = SubmitApplicationValidator.Validate(request, clock);
        if (idempotencyKey is { Length: > MaxIdempotencyKeyLength })
            errors["Idempotency-Key"] = [$"不能超过 {MaxIdempotencyKeyLength} 个字符 / must be at most {MaxIdempotencyKeyLength} characters"];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "申请内容有误 / The application has errors");

        var idNumber = request.Applicant!.ToIdNumber();
        // A clerk files for whoever stands at the counter; an applicant only under its own verified identity.
        var filer = new Filer(user.UserName, user.IsIn(Roles.Clerk) ? Roles.Clerk : Roles.Applicant);
        if (filer.Role == Roles.Applicant && !user.IsApplicantWith(idNumber))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "只能为本人或本单位申请 / You can only apply for yourself",
                detail: "申请人证件号码须与登录账号的实名信息一致 / applicant.idNumber must be the identity number of the signed-in account.");

        var requestHash = Hash(request);
        if (idempotencyKey is not null && await db.IdempotencyRecords.FindAsync([user.Subject, idempotencyKey], cancellationToken) is { } earlier)
            return Replay(earlier, requestHash);

        var applicantKey = personalData.BlindIndex(idNumber);
        var (applicant, requests) = (request.Applicant!.ToApplicant(), request.Utilities!.ToRequests());
        // One moment for the whole filing: the commitments' due dates count from the moment the application is filed.
        var now = clock.GetUtcNow();
        (errors, var documents) = await DocumentSet.CheckAsync(requirements.For(applicant.Type, requests), request.Documents, applicantKey, db, calendar,
            now, cancellationToken);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "申请材料不齐全或有误 / The documents are incomplete or wrong");

        for (var attempt = 1; ; attempt++)
        {
            var application = JointApplication.Submit(ApplicationNumber.New(now), applicant, idNumber, applicantKey, filer,
                request.Site!.ToSite(), requests, documents, now);
            db.Applications.Add(application);
            db.Publish(application.ToSubmittedEvent());
            db.Audit(http, "application.submit", application.AuditResource, applicantKey, now);
            if (idempotencyKey is not null)
                db.IdempotencyRecords.Add(new IdempotencyRecord(user.Subject, idempotencyKey, requestHash, application.Id, application.Number, now.UtcDateTime));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Joint application {ApplicationNumber} ({ApplicationId}) submitted for {Utilities}",
                    application.Number, application.Id, string.Join(',', application.Requests.Requested()));
                return Accepted(application.Id, application.Number);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Either a concurrent retry with the same key won, or the random number collided: nothing was written.
                db.ChangeTracker.Clear();
                if (idempotencyKey is not null && await db.IdempotencyRecords.FindAsync([user.Subject, idempotencyKey], cancellationToken) is { } raced)
                    return Replay(raced, requestHash);
            }
        }
    }

    private static Results<Accepted<SubmitApplicationResponse>, ValidationProblem, ProblemHttpResult> Replay(IdempotencyRecord earlier, string requestHash) =>
        earlier.RequestHash == requestHash
            ? Accepted(earlier.ApplicationId, earlier.ApplicationNumber)
            : TypedResults.Problem(
                title: "幂等键已用于另一份申请 / Idempotency-Key reused",
                detail: "同一 Idempotency-Key 只能用于同一份申请内容 / This Idempotency-Key was already used with a different request body.",
                statusCode: StatusCodes.Status422UnprocessableEntity);

    private static Accepted<SubmitApplicationResponse> Accepted(Guid id, string number) =>
        TypedResults.Accepted($"/api/intake/applications/{id}", new SubmitApplicationResponse(id, number, ApplicationStatus.Submitted));

    private static string Hash(SubmitApplicationRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request))));
}
