using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Contracts.Intake;
using OneStop.Intake.Documents;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Intake.Applications.Answers;

/// <summary>
/// The applicant's side of a utility's workflow, through the one front door: answering a correction request, and
/// declaring the customer's own works complete. Intake relays each to the utility, which restarts its clock.
/// </summary>
public static class ApplicantAnswers
{
    private const int MaxTextLength = 2000;

    public static void MapApplicantAnswers(this IEndpointRouteBuilder api)
    {
        api.MapPost("/applications/{id:guid}/utilities/{utility}/corrections/{correctionId:guid}/answer", AnswerCorrectionAsync)
            .WithName("AnswerCorrection")
            .WithSummary("答复补正请求 / Answer a utility's correction request")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileApplications);
        api.MapPost("/applications/{id:guid}/utilities/{utility}/customer-works", DeclareCustomerWorksAsync)
            .WithName("DeclareCustomerWorksComplete")
            .WithSummary("申报内部工程竣工 / Declare the customer's own works complete")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileApplications);
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> AnswerCorrectionAsync(
        Guid id, string utility, Guid correctionId, AnswerCorrectionRequest request, CurrentUser user, HttpContext http, IntakeDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (PlainText.IsBlank(request.Answer) || !PlainText.IsClean(request.Answer!, multiline: true) || request.Answer!.Trim().Length > MaxTextLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["answer"] = [$"请填写补正内容，不超过 {MaxTextLength} 个字符，不含控制字符 / required, at most {MaxTextLength} characters, no control characters"] },
                title: "补正内容有误 / The answer has errors");
        var ids = request.DocumentIds?.ToArray() ?? [];
        if (ids.Length > DocumentAccess.MaxAttached || ids.Distinct().Count() != ids.Length)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["documentIds"] = [$"最多附 {DocumentAccess.MaxAttached} 份材料，不可重复 / at most {DocumentAccess.MaxAttached} documents, each once"] },
                title: "补正内容有误 / The answer has errors");
        var (application, kind, notFound) = await FindAsync(id, utility, user, db, cancellationToken);
        if (notFound is not null)
            return notFound;
        var now = clock.GetUtcNow();
        if (await db.ApplicantsUsableAsync(ids, application!.ApplicantKey, now, cancellationToken) is not { } inOrder)
            return DocumentProblems.Invalid("documentIds", "请附该申请人已上传或已确认、未过期的材料",
                "attach documents of this applicant, uploaded or consented to, and not expired");
        return await CommitAsync(application!, "answer-correction", http, db, now, cancellationToken, fresh =>
        {
            var answered = fresh.AnswerCorrection(kind, correctionId, request.Answer.Trim(), inOrder, now);
            db.AnswerAttachments.AddRange(AnswerAttachment.Of(answered));
            return answered;
        });
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> DeclareCustomerWorksAsync(
        Guid id, string utility, DeclareCustomerWorksRequest? request, CurrentUser user, HttpContext http, IntakeDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request?.Note is { } note && (note.Trim().Length > MaxTextLength || !PlainText.IsClean(note, multiline: true)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["note"] = [$"不超过 {MaxTextLength} 个字符，不含控制字符 / at most {MaxTextLength} characters, no control characters"] },
                title: "申报内容有误 / The declaration has errors");
        return await ActAsync(id, utility, "declare-customer-works", user, http, db, clock, cancellationToken,
            (application, kind, now) => application.DeclareCustomerWorksComplete(kind, request?.Note?.Trim(), now));
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> ActAsync(
        Guid id, string utility, string action, CurrentUser user, HttpContext http, IntakeDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        Func<JointApplication, UtilityKind, DateTimeOffset, object> act)
    {
        var (application, kind, notFound) = await FindAsync(id, utility, user, db, cancellationToken);
        if (notFound is not null)
            return notFound;
        var now = clock.GetUtcNow();
        return await CommitAsync(application!, action, http, db, now, cancellationToken, fresh => act(fresh, kind, now));
    }

    private static async Task<(JointApplication? Application, UtilityKind Utility, ProblemHttpResult? NotFound)> FindAsync(
        Guid id, string utility, CurrentUser user, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Utilities).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        // Only the applicant itself or the counter answers for it; to anyone else the application does not exist.
        if (application is null || !(user.IsApplicantWith(application.ApplicantIdNumber) || user.IsIn(Roles.Clerk)))
            return (null, default, NotFound($"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}."));
        if (!EnumName.TryParse<UtilityKind>(utility, out var kind) || !application.Requested(kind))
            return (null, default, NotFound($"该申请未申报 {utility} / The application did not ask for {utility}."));
        return (application, kind, null);
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> CommitAsync(JointApplication application, string action,
        HttpContext http, IntakeDbContext db, DateTimeOffset now, CancellationToken cancellationToken, Func<JointApplication, object> act)
    {
        if (await db.CommitAsync(http, application, action, act, now, cancellationToken) is { } problem)
            return problem;
        return TypedResults.Accepted($"/api/intake/applications/{application.Id}");
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 / Not found", detail: detail);
}
