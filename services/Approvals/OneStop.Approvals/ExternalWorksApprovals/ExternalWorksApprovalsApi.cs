using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Calendar;
using OneStop.Contracts.Approvals;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;
using OneStop.Workflow;

namespace OneStop.Approvals.ExternalWorksApprovals;

/// <summary>
/// The departments' queue and decisions, and the utilities' side: reading their trench's approval, answering a
/// correction, filing a rejected route again. Whose approval it is (404 otherwise) is decided here, per approval.
/// </summary>
public static class ExternalWorksApprovalsApi
{
    private const int MaxTextLength = 1000;
    private const int MaxPageSize = 200;

    public static void MapExternalWorksApprovals(this IEndpointRouteBuilder api)
    {
        api.MapGet("/", QueueAsync)
            .WithName("ListExternalWorksApprovals")
            .WithSummary("审批部门待办：本部门待决定的联合审批，最早到期在前；监管人员看全部 / A department's queue, soonest due first; regulators see all")
            .RequireAuthorization(Policies.ReadExternalWorks);
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetExternalWorksApproval")
            .WithSummary("外线工程联合审批 / A joint external-works approval")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadExternalWorks);
        api.MapGet("/applications/{applicationId:guid}", ForApplicationAsync)
            .WithName("GetExternalWorksApprovalOfApplication")
            .WithSummary("某联合报装申请的外线工程联合审批 / The external-works approval of a joint application")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.ReadExternalWorks);
        api.MapPost("/{id:guid}/decision", DecideAsync)
            .WithName("DecideExternalWorksApproval")
            .WithSummary("本部门的审批决定：准予、不予许可或要求补正 / This department's decision: approve, reject or ask for a correction")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.DecideExternalWorks);
        api.MapPost("/{id:guid}/answer", AnswerAsync)
            .WithName("AnswerExternalWorksCorrection")
            .WithSummary("共沟单位答复补正意见 / A utility sharing the trench answers the correction requests")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileExternalWorks);
        api.MapPost("/{id:guid}/resubmission", ResubmitAsync)
            .WithName("ResubmitExternalWorksApproval")
            .WithSummary("调整路由后重新报批 / File the revised route again after a rejection")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileExternalWorks);
    }

    private static async Task<Ok<List<ExternalWorksApprovalView>>> QueueAsync(CurrentUser user, ApprovalsDbContext db, bool? decided, int? limit,
        CancellationToken cancellationToken)
    {
        var take = Math.Clamp(limit ?? 50, 1, MaxPageSize);
        IQueryable<ExternalWorksApproval> approvals = db.Approvals.AsNoTracking();
        if (user.Department is { } department && user.IsIn(Roles.Approver))
        {
            var open = decided != true;
            var reviews = db.Reviews.Where(r => r.Department == department
                && (open ? r.Status == ReviewStatus.Pending || r.Status == ReviewStatus.CorrectionRequested : r.Status != ReviewStatus.Pending && r.Status != ReviewStatus.CorrectionRequested));
            // Open ones soonest due first; decided ones latest first.
            var ordered = open ? reviews.OrderBy(r => r.DueAt) : reviews.OrderByDescending(r => r.DecidedAt);
            var ids = (await ordered.Select(r => r.ApprovalId).Take(take).ToListAsync(cancellationToken)).Distinct().ToList();
            var found = await approvals.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
            return TypedResults.Ok(ids.Select(id => found.Single(a => a.Id == id).ToView()).ToList());
        }
        if (!user.IsIn(Roles.Regulator))
            return TypedResults.Ok(new List<ExternalWorksApprovalView>());
        var all = await approvals.Where(a => decided == null || (decided == true) == (a.Status != ExternalWorksApprovalStatus.UnderReview))
            .OrderByDescending(a => a.FiledAt).Take(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(all.Select(a => a.ToView()).ToList());
    }

    private static async Task<Results<Ok<ExternalWorksApprovalView>, ProblemHttpResult>> GetAsync(Guid id, CurrentUser user, ApprovalsDbContext db,
        CancellationToken cancellationToken) =>
        await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } approval && MaySee(user, approval)
            ? TypedResults.Ok(approval.ToView())
            : NotFound(id);

    private static async Task<Results<Ok<ExternalWorksApprovalView>, ProblemHttpResult>> ForApplicationAsync(Guid applicationId, CurrentUser user,
        ApprovalsDbContext db, CancellationToken cancellationToken) =>
        await db.Approvals.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == applicationId, cancellationToken) is { } approval && MaySee(user, approval)
            ? TypedResults.Ok(approval.ToView())
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 / Not found",
                detail: "该申请没有外线工程联合审批 / The application has no external-works approval.");

    private static async Task<Results<Ok<ExternalWorksApprovalView>, ValidationProblem, ProblemHttpResult>> DecideAsync(Guid id, ReviewDecisionRequest request,
        CurrentUser user, HttpContext http, ApprovalsDbContext db, IOptions<ApprovalRules> rules, WorkingDayCalendar calendar, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (request.Decision is null)
            problems["decision"] = ["请选择审批决定 / choose a decision (approve, reject, correct)"];
        if (request.Decision is ReviewDecision.Reject or ReviewDecision.Correct && !IsText(request.Reason))
            problems["reason"] = [$"不予许可或要求补正须写明理由，不超过 {MaxTextLength} 个字符 / a rejection or correction says why, at most {MaxTextLength} characters"];
        else if (request.Reason is not null && !IsText(request.Reason))
            problems["reason"] = [$"意见不超过 {MaxTextLength} 个字符，不含控制字符 / at most {MaxTextLength} characters, no control characters"];
        if (problems.Count > 0)
            return TypedResults.ValidationProblem(problems, title: "审批决定有误 / The decision has errors");
        if (await db.Approvals.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } approval
            || !approval.Reviews.Any(r => r.Department == user.Department))
            return NotFound(id);
        if (request.Round is { } round && round != approval.Round)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "该审批已重新报批 / The route was filed again",
                detail: "调整后的路由已重新报批，请刷新后审阅新路由 / A revised route was filed since; reload it and review the new route.");
        var now = clock.GetUtcNow();
        return await ActAsync(approval, http, db, "external-works.decide", now, cancellationToken, () =>
            db.PublishAll(approval.Decide(user.Department!.Value, request.Decision!.Value, request.Reason?.Trim(), user.UserName, rules.Value, calendar, now)));
    }

    private static async Task<Results<Ok<ExternalWorksApprovalView>, ValidationProblem, ProblemHttpResult>> AnswerAsync(Guid id, ApprovalAnswerRequest request,
        CurrentUser user, HttpContext http, ApprovalsDbContext db, WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsText(request.Answer))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["answer"] = [$"请填写补正答复，不超过 {MaxTextLength} 个字符 / write the answer, at most {MaxTextLength} characters"] },
                title: "补正答复有误 / The answer has errors");
        if (await SharedTrenchAsync(id, user, db, cancellationToken) is not { } approval)
            return NotFound(id);
        var now = clock.GetUtcNow();
        return await ActAsync(approval, http, db, "external-works.answer", now, cancellationToken,
            () => approval.Answer(request.Answer!.Trim(), calendar, now));
    }

    private static async Task<Results<Ok<ExternalWorksApprovalView>, ValidationProblem, ProblemHttpResult>> ResubmitAsync(Guid id,
        ApprovalResubmissionRequest request, CurrentUser user, HttpContext http, ApprovalsDbContext db, IOptions<ApprovalRules> rules,
        WorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsText(request.Route))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["route"] = [$"请写明调整后的路由，不超过 {MaxTextLength} 个字符 / describe the revised route, at most {MaxTextLength} characters"] },
                title: "重新报批内容有误 / The revised route has errors");
        if (await SharedTrenchAsync(id, user, db, cancellationToken) is not { } approval)
            return NotFound(id);
        var now = clock.GetUtcNow();
        return await ActAsync(approval, http, db, "external-works.resubmit", now, cancellationToken, () =>
            db.PublishAll(approval.Resubmit(request.Route!.Trim(), request.RouteFeatures?.Distinct().Order().ToList() ?? [], rules.Value, calendar, now)));
    }

    /// <summary>Acts, audits and saves; a rule broken is a 409 that says which, and so is a decision that raced another.</summary>
    private static async Task<Results<Ok<ExternalWorksApprovalView>, ValidationProblem, ProblemHttpResult>> ActAsync(ExternalWorksApproval approval,
        HttpContext http, ApprovalsDbContext db, string action, DateTimeOffset now, CancellationToken cancellationToken, Action act)
    {
        try
        {
            act();
        }
        catch (IllegalTransitionException illegal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "当前不能办理 / Not possible now", detail: illegal.Message);
        }
        db.Audit(http, action, approval.AuditResource, null, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "审批刚刚有更新 / The approval changed meanwhile",
                detail: "请刷新后再试 / Reload it and try again.");
        }
        return TypedResults.Ok(approval.ToView());
    }

    private static async Task<ExternalWorksApproval?> SharedTrenchAsync(Guid id, CurrentUser user, ApprovalsDbContext db, CancellationToken cancellationToken) =>
        await db.Approvals.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } approval && user.Utility is { } utility && approval.Involves(utility)
            ? approval
            : null;

    /// <summary>A department that reviews it in any round, a utility sharing the trench, or a regulator.</summary>
    private static bool MaySee(CurrentUser user, ExternalWorksApproval approval) =>
        user.IsIn(Roles.Regulator)
        || user.IsIn(Roles.Approver) && approval.Reviews.Any(r => r.Department == user.Department)
        || (user.IsIn(Roles.Operator) || user.IsIn(Roles.Supervisor)) && user.Utility is { } utility && approval.Involves(utility);

    private static bool IsText(string? text) => PlainText.IsNote(text, MaxTextLength);

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 / Not found",
        detail: $"没有编号为 {id} 的外线工程联合审批 / There is no external-works approval with id {id}.");
}
