using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Contracts.Intake;
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
        return await ActAsync(id, utility, "answer-correction", user, http, db, clock, cancellationToken,
            (application, kind, now) => application.AnswerCorrection(kind, correctionId, request.Answer.Trim(), now));
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
        var application = await db.Applications.Include(a => a.Utilities).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        // Only the applicant itself or the counter answers for it; to anyone else the application does not exist.
        if (application is null || !(user.IsApplicantWith(application.ApplicantIdNumber) || user.IsIn(Roles.Clerk)))
            return NotFound($"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}.");
        if (!EnumName.TryParse<UtilityKind>(utility, out var kind) || !application.Requested(kind))
            return NotFound($"该申请未申报 {utility} / The application did not ask for {utility}.");

        var now = clock.GetUtcNow();
        if (await db.CommitAsync(http, application, action, fresh => act(fresh, kind, now), now, cancellationToken) is { } problem)
            return problem;
        return TypedResults.Accepted($"/api/intake/applications/{application.Id}");
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 / Not found", detail: detail);
}
