using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.JointSteps;
using OneStop.Intake.Applications;
using OneStop.Intake.Documents;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;
using OneStop.Workflow;

namespace OneStop.Intake.JointVisits;

/// <summary>
/// Booking the joint visit (预约上门) for the applicant or at the counter: the slots every utility can attend, and the
/// booking; and each utility's surveyor hours, set by its supervisors.
/// </summary>
public static class JointVisitsApi
{
    public static void MapJointVisits(this IEndpointRouteBuilder api)
    {
        api.MapGet("/applications/{id:guid}/visits/{step}/slots", SlotsAsync)
            .WithName("GetVisitSlots")
            .WithSummary("可预约的联合上门（踏勘、验收）时段 / The slots every utility of the joint visit (survey, acceptance) can attend")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileApplications);
        api.MapPost("/applications/{id:guid}/visits/{step}/booking", BookAsync)
            .WithName("BookVisit")
            .WithSummary("预约或改约联合上门（踏勘、验收） / Book the joint visit (survey, acceptance), or move it")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileApplications);
        api.MapPost("/applications/{id:guid}/visits/{step}/remote", RemoteAsync)
            .WithName("SubmitRemoteAcceptance")
            .WithSummary("云验收：以竣工照片、视频代替上门验收 / Remote acceptance: photos and videos of the finished works instead of a visit")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.FileApplications);
        foreach (var utility in Enum.GetValues<UtilityKind>())
        {
            var name = utility.ToString().ToLowerInvariant();
            api.MapGet($"/visit-availability/{name}", (IntakeDbContext db, IOptions<JointVisitRules> rules, CancellationToken cancellationToken) =>
                    AvailabilityAsync(utility, db, rules.Value, cancellationToken))
                .WithName($"GetSurveyorAvailability-{name}")
                .WithSummary($"{utility.CompanyName().Chinese}人员可上门（踏勘、验收）时段 / The {utility.CompanyName().English}'s hours for joint visits")
                .RequireAuthorization(Policies.ReadUtilityCases(utility));
            api.MapPut($"/visit-availability/{name}", (SurveyorAvailabilityRequest request, HttpContext http, IntakeDbContext db, TimeProvider clock,
                    CancellationToken cancellationToken) => SetAvailabilityAsync(utility, request, http, db, clock, cancellationToken))
                .WithName($"SetSurveyorAvailability-{name}")
                .WithSummary($"督办人设置{utility.CompanyName().Chinese}可上门时段与能力 / Supervisors: set the surveyor hours and capacity")
                .RequireAuthorization(Policies.AssignUtilityCases(utility));
        }
    }

    private static async Task<Results<Ok<List<VisitSlot>>, ProblemHttpResult>> SlotsAsync(
        Guid id, string step, CurrentUser user, IntakeDbContext db, WorkingDayCalendar calendar, TimeProvider clock, IOptions<JointVisitRules> rules,
        CancellationToken cancellationToken)
    {
        var (visit, problem) = await FindAsync(id, step, user, db, cancellationToken);
        if (problem is not null)
            return problem;
        if (visit!.Status is not (JointVisitStatus.AwaitingBooking or JointVisitStatus.Booked))
            return NotBookable(visit);
        return TypedResults.Ok((await OfferedAsync(visit, db, calendar, rules.Value, clock.GetUtcNow(), cancellationToken))
            .Select(slot => new VisitSlot(slot.Start, slot.End)).ToList());
    }

    private static async Task<Results<Ok<JointVisitView>, ValidationProblem, ProblemHttpResult>> BookAsync(
        Guid id, string step, BookVisitRequest request, CurrentUser user, HttpContext http, IntakeDbContext db, WorkingDayCalendar calendar, TimeProvider clock,
        IOptions<JointVisitRules> rules, CancellationToken cancellationToken)
    {
        if (request.Start is not { } start)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["start"] = ["请选择上门时段 / choose a slot"] },
                title: "预约内容有误 / The booking has errors");
        var (visit, problem) = await FindAsync(id, step, user, db, cancellationToken);
        if (problem is not null)
            return problem;
        var now = clock.GetUtcNow();
        var offered = await OfferedAsync(visit!, db, calendar, rules.Value, now, cancellationToken);
        if (offered.Where(offer => offer.Start == start).ToList() is not [var slot])
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "该时段不可预约 / That slot cannot be booked",
                detail: "该时段已约满或不在可预约范围内，请重新选择 / The slot is full or outside the booking window; choose another.");
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
        return await ScheduleAsync(visit!, application, () => visit!.Book(application, slot.Start, slot.End, user.UserName, rules.Value, now),
            visit!.Status == JointVisitStatus.Booked ? "application.move-visit" : "application.book-visit", user, http, db, rules.Value, now, cancellationToken);
    }

    private static async Task<Results<Ok<JointVisitView>, ValidationProblem, ProblemHttpResult>> RemoteAsync(
        Guid id, string step, RemoteAcceptanceRequest request, CurrentUser user, HttpContext http, IntakeDbContext db, TimeProvider clock,
        IOptions<JointVisitRules> rules, CancellationToken cancellationToken)
    {
        var ids = request.DocumentIds ?? [];
        if (ids.Count is 0 or > DocumentAccess.MaxAttached || ids.Distinct().Count() != ids.Count)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    { ["documentIds"] = [$"请附 1–{DocumentAccess.MaxAttached} 份竣工照片或视频，不可重复 / give 1 to {DocumentAccess.MaxAttached} photos or videos of the finished works, each once"] },
                title: "云验收材料有误 / The remote acceptance has errors");
        var (visit, problem) = await FindAsync(id, step, user, db, cancellationToken);
        if (problem is not null)
            return problem;
        var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        // Only photos and videos of the works: the utilities' operators read what is given, and nothing else of the applicant's.
        if (await db.ApplicantsUsableAsync(ids, application.ApplicantKey, now, cancellationToken) is not { } evidence
            || evidence.Any(d => !DocumentKind.RemoteAcceptanceEvidence.Any(kind => kind.Code == d.Type)))
            return DocumentProblems.Invalid("documentIds", "请附该申请人已上传、未过期的竣工照片或竣工视频", "give photos or videos of the finished works this applicant uploaded, not expired");
        return await ScheduleAsync(visit!, application, () => visit!.SubmitRemote(application, ids, user.UserName, rules.Value, now),
            "application.remote-acceptance", user, http, db, rules.Value, now, cancellationToken);
    }

    /// <summary>Books the visit (or gives it remotely) in one transaction with its event and the audit entry; a rule broken or a race lost is 409.</summary>
    private static async Task<Results<Ok<JointVisitView>, ValidationProblem, ProblemHttpResult>> ScheduleAsync(JointVisit visit, JointApplication application,
        Func<JointVisitScheduled> schedule, string auditAction, CurrentUser user, HttpContext http, IntakeDbContext db, JointVisitRules rules, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        try
        {
            db.Publish(schedule());
        }
        catch (IllegalTransitionException illegal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "当前不能预约 / Cannot book now", detail: illegal.Message);
        }
        db.Audit(http, auditAction, application.AuditResource, application.ApplicantKey, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "预约刚刚有更新 / The visit changed meanwhile",
                detail: "请刷新后再试 / Reload it and try again.");
        }
        return TypedResults.Ok(visit.ToView(user, rules));
    }

    /// <summary>The slots open to this visit now; its own booking does not count against it, so it can be moved to a neighbouring slot.</summary>
    private static async Task<IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)>> OfferedAsync(JointVisit visit, IntakeDbContext db,
        WorkingDayCalendar calendar, JointVisitRules rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var utilities = visit.Awaited;
        var set = await db.SurveyorAvailability.Where(a => utilities.Contains(a.Utility)).ToListAsync(cancellationToken);
        var availability = utilities.Select(u => set.SingleOrDefault(a => a.Utility == u) ?? SurveyorAvailability.Default(u, rules)).ToList();
        var booked = (await db.JointVisits.AsNoTracking()
                .Where(v => v.Status == JointVisitStatus.Booked && v.Start >= now && v.Id != visit.Id).ToListAsync(cancellationToken))
            .SelectMany(v => v.Awaited.Select(u => (Utility: u, Start: v.Start!.Value)))
            .CountBy(key => key)
            .ToDictionary();
        return VisitSlots.Common(availability, booked, calendar, rules, now);
    }

    private static async Task<(JointVisit? Visit, ProblemHttpResult? Problem)> FindAsync(Guid id, string step, CurrentUser user, IntakeDbContext db,
        CancellationToken cancellationToken)
    {
        var owner = await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.ApplicantIdNumber).SingleOrDefaultAsync(cancellationToken);
        // Only the applicant itself or the counter books for it; to anyone else the application does not exist.
        if (owner is null || !(user.IsApplicantWith(owner) || user.IsIn(Roles.Clerk)))
            return (null, NotFound($"没有编号为 {id} 的联合报装申请 / There is no joint application with id {id}."));
        if (!EnumName.TryParse<JointStep>(step, out var joint)
            || await db.JointVisits.SingleOrDefaultAsync(v => v.ApplicationId == id && v.Step == joint, cancellationToken) is not { } visit)
            return (null, NotFound("该申请没有这项联合上门 / The application has no such joint visit."));
        return (visit, null);
    }

    private static ProblemHttpResult NotBookable(JointVisit visit) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "当前不能预约 / Cannot book now", detail: visit.Status == JointVisitStatus.AwaitingUtilities
            ? "尚有单位未到上门环节，届齐后即可预约 / Not every utility is ready for the visit yet; booking opens once they are."
            : "该联合上门已完成或已取消 / The joint visit is complete or withdrawn.");

    private static async Task<Ok<SurveyorAvailabilityView>> AvailabilityAsync(UtilityKind utility, IntakeDbContext db, JointVisitRules rules,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(View(await db.SurveyorAvailability.AsNoTracking().SingleOrDefaultAsync(a => a.Utility == utility, cancellationToken)
            ?? SurveyorAvailability.Default(utility, rules)));

    private static async Task<Results<Ok<SurveyorAvailabilityView>, ValidationProblem>> SetAvailabilityAsync(UtilityKind utility,
        SurveyorAvailabilityRequest request, HttpContext http, IntakeDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (SurveyorAvailability.Problems(request.SlotStarts, request.SlotHours, request.Capacity).ToList() is { Count: > 0 } problems)
            return TypedResults.ValidationProblem(problems.GroupBy(p => p[..p.IndexOf(':')]).ToDictionary(g => g.Key, g => g.Select(p => p[(p.IndexOf(':') + 2)..]).ToArray()),
                title: "可上门时段有误 / The surveyor hours have errors");
        var now = clock.GetUtcNow();
        var set = SurveyorAvailability.Set(utility, request.SlotStarts!, request.SlotHours!.Value, request.Capacity!.Value, CurrentUser.From(http.User).UserName, now);
        if (await db.SurveyorAvailability.SingleOrDefaultAsync(a => a.Utility == utility, cancellationToken) is { } known)
            known.Replace(set);
        else
            db.SurveyorAvailability.Add(set);
        db.Audit(http, "visit-availability.set", $"visit-availability/{utility.ToString().ToLowerInvariant()}", null, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(set));
    }

    private static SurveyorAvailabilityView View(SurveyorAvailability availability) => new(availability.Utility, availability.SlotStarts, availability.SlotHours,
        availability.Capacity, availability.UpdatedBy, availability.UpdatedBy == "default" ? null : availability.UpdatedAt);

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到 / Not found", detail: detail);
}
