using OneStop.UtilityKernel.Fees;
using Microsoft.AspNetCore.Builder;
using OneStop.UtilityKernel.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Utilities;
using OneStop.Contracts.JointSteps;
using OneStop.Workflow;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;
using Microsoft.Extensions.Configuration;

namespace OneStop.UtilityKernel.Operations;

/// <summary>
/// What an operator does with a case: claim it (客户经理), accept it, reject it with a reason, ask the applicant for a
/// correction, complete the current stage with what it produced; what a supervisor does: assign it to an operator. Each
/// action commits with its events and its audit entry, or not at all; one the case's state does not allow is 409.
/// </summary>
public static class CaseActionsApi<TDbContext, TDetails>
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    private const int MaxTextLength = 1000;

    private delegate IReadOnlyList<object> Action(UtilityApplication<TDetails> application, string by, DateTimeOffset now);

    public static void Map(IEndpointRouteBuilder api, UtilityKind utility)
    {
        var policy = Policies.WorkUtilityCases(utility);
        RouteHandlerBuilder[] actions =
        [
            api.MapPost("/applications/{id:guid}/accept", AcceptAsync).WithSummary("受理 / Accept the application"),
            api.MapPost("/applications/{id:guid}/reject", RejectAsync).WithSummary("驳回（须说明理由） / Reject, with a reason"),
            api.MapPost("/applications/{id:guid}/corrections", RequestCorrectionAsync)
                .WithSummary("发起补正（计时暂停） / Ask the applicant for a correction; the clock pauses"),
            api.MapPost("/applications/{id:guid}/complete", CompleteAsync)
                .WithSummary("完成当前环节（附环节数据） / Complete the current stage with its data"),
            api.MapPost("/applications/{id:guid}/claim", ClaimAsync).WithSummary("认领，成为客户经理 / Claim the case: answer for it as its manager"),
            api.MapPost("/applications/{id:guid}/survey", RecordSurveyAsync)
                .WithSummary("记录联合踏勘结果（是否需外线工程及其长度、路由） / Record the joint survey's findings: external works, length and route"),
            api.MapPost("/applications/{id:guid}/joint-acceptance", RecordAcceptanceAsync)
                .WithSummary("记录联合验收结果（合格，或不合格及整改要求） / Record the joint acceptance: passed, or not with what to put right"),
            api.MapPost("/applications/{id:guid}/joint-acceptance/site-visit", AskForSiteVisitAsync)
                .WithSummary("云验收照片、视频不足，要求现场验收（申请人预约上门） / The photos and videos are not enough: the applicant books a visit"),
            api.MapPost("/applications/{id:guid}/visit-missed", ReportVisitMissedAsync)
                .WithSummary("报告预约的联合踏勘或联合验收未能进行（申请人或本单位未到） / Report that the booked joint visit did not take place"),
        ];
        foreach (var action in actions)
            action.RequireAuthorization(policy);
        var assign = api.MapPost("/applications/{id:guid}/assign", AssignAsync).WithSummary("督办人指派或改派客户经理 / Supervisor: assign or reassign the case")
            .RequireAuthorization(Policies.AssignUtilityCases(utility));
        // Another utility's or an unknown case is not found; a case in the wrong state, or changed meanwhile, conflicts.
        foreach (var action in actions.Append(assign))
            action.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/operators", OperatorsAsync).WithSummary("本单位客户经理（曾认领或受指派者） / The utility's case managers: operators who have answered for a case")
            .RequireAuthorization(Policies.ReadUtilityCases(utility));
    }

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        Guid id, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, IConfiguration configuration, CancellationToken cancellationToken) =>
        ActAsync(id, "accept", (application, by, now) =>
            [.. application.ClaimIfUnclaimed(by, NameOf(http), Hotlines.Of(configuration, application.Utility), now), .. application.Accept(by, calendar, now)],
            http, db, calendar, clock, cancellationToken);

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> ClaimAsync(
        Guid id, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, IConfiguration configuration, CancellationToken cancellationToken) =>
        ActAsync(id, "claim", (application, by, now) => application.Claim(by, NameOf(http), Hotlines.Of(configuration, application.Utility), now),
            http, db, calendar, clock, cancellationToken);

    /// <summary>To an operator the utility knows as a case manager (one who has claimed or been given a case before), by user name.</summary>
    private static async Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid id, AssignRequest request, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        var known = await KnownOperatorsAsync(db, cancellationToken);
        if (known.SingleOrDefault(o => o.UserName == request.Operator) is not { } chosen)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["operator"] = ["请从本单位的客户经理中选择 / choose one of the utility's case managers"] }, title: "请求内容有误 / The request has errors");
        return await ActAsync(id, "assign", (application, _, now) => application.Assign(chosen.UserName, chosen.Name, Hotlines.Of(configuration, application.Utility), now),
            http, db, calendar, clock, cancellationToken);
    }

    private static async Task<Ok<List<CaseManagerView>>> OperatorsAsync(TDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await KnownOperatorsAsync(db, cancellationToken));

    /// <summary>Each operator once, as last named on a case it answered for.</summary>
    private static async Task<List<CaseManagerView>> KnownOperatorsAsync(TDbContext db, CancellationToken cancellationToken) =>
        (await db.Applications.AsNoTracking().Where(a => a.ManagerUserName != null)
            .GroupBy(a => a.ManagerUserName!)
            .Select(g => g.OrderByDescending(a => a.ManagerAssignedAt).Select(a => new { a.ManagerUserName, a.ManagerName, a.ManagerAssignedAt }).First())
            .ToListAsync(cancellationToken))
        .Select(o => new CaseManagerView(o.ManagerUserName!, o.ManagerName!, o.ManagerAssignedAt!.Value)).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();

    /// <summary>The acting user's name as its token gives it (the user name where it gives none).</summary>
    private static string NameOf(HttpContext http) => http.User.FindFirst(OneStopClaims.Name)?.Value ?? CurrentUser.From(http.User).UserName;

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> RejectAsync(
        Guid id, RejectRequest request, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
        TextProblems("reason", request.Reason, "驳回理由") is { } problem
            ? Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(problem)
            : ActAsync(id, "reject", (application, by, now) => application.Reject(request.Reason!.Trim(), by, calendar, now), http, db, calendar, clock, cancellationToken);

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> RequestCorrectionAsync(
        Guid id, CorrectionRequest request, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
        TextProblems("needed", request.Needed, "需补正的内容") is { } problem
            ? Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(problem)
            : ActAsync(id, "request-correction", (application, by, now) => application.RequestCorrection(request.Needed!.Trim(), by, calendar, now),
                http, db, calendar, clock, cancellationToken);

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteRequest request, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Stage))
            return Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["stage"] = ["请写明要完成的环节代码 / name the stage to complete"] },
                title: "请求内容有误 / The request has errors"));
        var data = request.Data ?? [];
        return ActAsync(id, $"complete.{request.Stage}", (application, by, now) => application.Complete(request.Stage, data, by, calendar, now),
            http, db, calendar, clock, cancellationToken,
            // Checked against the stage that is current now: a stale form cannot record another stage's data.
            validate: (application, now) => application.CurrentStage is { StartedAt: { } started } stage && stage.Code == request.Stage
                ? StageData.Problems(stage.Code, data, started, now)
                : []);
    }

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> RecordSurveyAsync(
        Guid id, SurveyFindingsRequest request, HttpContext http, TDbContext db, CaseQuotes<TDetails> quotes, WorkingDayCalendar calendar, TimeProvider clock,
        CancellationToken cancellationToken) =>
        SurveyRecording.Problems(request) is { Count: > 0 } problems
            ? Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(
                TypedResults.ValidationProblem(problems, title: "踏勘结果有误 / The survey findings have errors"))
            : ActAsync(id, "record-survey", (application, by, now) => application.RecordSurvey(SurveyRecording.Findings(request), by, now, quotes),
                http, db, calendar, clock, cancellationToken);

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> RecordAcceptanceAsync(
        Guid id, AcceptanceResultRequest request, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Passed is null)
            return Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["passed"] = ["请说明是否验收合格 / say whether the works passed"] },
                title: "请求内容有误 / The request has errors"));
        return TextProblems("remarks", request.Remarks, request.Passed.Value ? "验收情况" : "需整改的问题") is { } problem
            ? Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(problem)
            : ActAsync(id, "record-acceptance", (application, by, now) =>
                application.RecordAcceptance(new AcceptanceResult(request.Passed.Value, request.Remarks!.Trim()), by, calendar, now),
                http, db, calendar, clock, cancellationToken);
    }

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> AskForSiteVisitAsync(
        Guid id, SiteVisitRequest request, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
        TextProblems("note", request.Note, "需现场查看的原因") is { } problem
            ? Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(problem)
            : ActAsync(id, "ask-for-site-visit", (application, by, now) => application.AskForSiteVisit(request.Note!.Trim(), by, calendar, now),
                http, db, calendar, clock, cancellationToken);

    private static Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> ReportVisitMissedAsync(
        Guid id, VisitMissedRequest request, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.MissedBy is not ("applicant" or "utility"))
            return Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["missedBy"] = ["须为 applicant（申请人未到）或 utility（本单位未到） / must be \"applicant\" or \"utility\""] },
                title: "请求内容有误 / The request has errors"));
        return TextProblems("note", request.Note, "情况说明") is { } problem
            ? Task.FromResult<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>>(problem)
            : ActAsync(id, "report-visit-missed", (application, by, now) =>
                application.ReportVisitMissed(application.UnrecordedVisitStep, request.MissedBy == "applicant", request.Note!.Trim(), by, calendar, now),
                http, db, calendar, clock, cancellationToken);
    }

    private static async Task<Results<Ok<CaseView<TDetails>>, ValidationProblem, ProblemHttpResult>> ActAsync(
        Guid id, string action, Action act, HttpContext http, TDbContext db, WorkingDayCalendar calendar, TimeProvider clock,
        CancellationToken cancellationToken, Func<UtilityApplication<TDetails>, DateTimeOffset, Dictionary<string, string[]>>? validate = null)
    {
        if (await db.Cases.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
            return UtilityApplicationsApi<TDbContext, TDetails>.CaseNotFound(id);
        var now = clock.GetUtcNow();
        if (validate?.Invoke(application, now) is { Count: > 0 } problems)
            return TypedResults.ValidationProblem(problems, title: "环节数据有误 / The stage data has errors");
        try
        {
            db.PublishAll(act(application, CurrentUser.From(http.User).UserName, now));
        }
        catch (IllegalTransitionException illegal)
        {
            return Conflict("当前状态下不能进行此操作 / Not allowed in the case's current state", illegal.Message);
        }
        db.Audit(http, $"utility-application.{action}", application.AuditResource,
            application.ApplicantKey, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict("该申请刚被他人更新 / The case changed meanwhile",
                "请刷新后重试：另一位经办人、申请人的答复或时限监控刚刚更新了它。 / Reload and try again: another operator, the applicant's answer or the deadline watcher has just changed it.");
        }
        return TypedResults.Ok(CaseViews.Of(application, calendar, now));
    }

    private static ValidationProblem? TextProblems(string field, string? text, string chinese) =>
        PlainText.IsBlank(text) || !PlainText.IsClean(text!, multiline: true) || text!.Trim().Length > MaxTextLength
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { [field] = [$"请填写{chinese}，不超过 {MaxTextLength} 个字符，不含控制字符 / required, at most {MaxTextLength} characters, no control characters"] },
                title: "请求内容有误 / The request has errors")
            : null;

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
