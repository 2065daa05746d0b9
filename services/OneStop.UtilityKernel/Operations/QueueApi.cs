using Microsoft.AspNetCore.Builder;
using OneStop.UtilityKernel.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Utilities;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.UtilityKernel.Operations;

/// <summary>
/// The operators' work queue: open cases, the nearest deadline first; paused cases (the applicant owes something) and
/// cases awaiting the customer's works have no running deadline and come last.
/// </summary>
public static class QueueApi<TDbContext, TDetails>
    where TDbContext : UtilityDbContext<TDetails>
    where TDetails : class
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    public static void Map(IEndpointRouteBuilder api, UtilityKind utility)
    {
        api.MapGet("/queue", HandleAsync)
            .WithSummary("待办队列（按期限排序，可按环节、状态、临期、超期、客户经理筛选） / Work queue by deadline; filter by stage, status, due=soon|overdue, assigned=mine|unassigned")
            .RequireAuthorization(Policies.ReadUtilityCases(utility));
        api.MapGet("/queue/changes", (TDbContext db, HttpContext http) => ChangeStream.RunAsync(http, cancellationToken => OpenCasesMarkAsync(db, cancellationToken)))
            .WithSummary("待办队列变化推送（服务器发送事件） / Changes to the work queue, as server-sent events")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .RequireAuthorization(Policies.ReadUtilityCases(utility));
    }

    /// <summary>
    /// Moves whenever the queue may have: a case opens or closes (the count) or changes, an alarm included (every change
    /// raises a case's version).
    /// </summary>
    private static async Task<long> OpenCasesMarkAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.Applications.Where(a => a.Status != UtilityCaseStatus.Rejected && a.Status != UtilityCaseStatus.Connected)
            .GroupBy(a => 1).Select(g => new { Count = g.LongCount(), Versions = g.Sum(a => (long)a.Version) })
            .SingleOrDefaultAsync(cancellationToken);
        return open is null ? 0 : (open.Count << 32) + open.Versions;
    }

    private static async Task<Results<Ok<List<QueueItem>>, ValidationProblem>> HandleAsync(
        string? stage, string? status, string? due, string? assigned, int? limit, CurrentUser user, TDbContext db, WorkingDayCalendar calendar,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        UtilityCaseStatus? statusFilter = null;
        if (status is not null)
        {
            if (EnumName.TryParse<UtilityCaseStatus>(status, out var parsed))
                statusFilter = parsed;
            else
                errors["status"] = [$"可选 / one of: {string.Join(", ", Enum.GetNames<UtilityCaseStatus>().Select(JsonName))}"];
        }
        if (due is not (null or "soon" or "overdue"))
            errors["due"] = ["可选 soon（临期）或 overdue（超期） / one of: soon, overdue"];
        if (assigned is not (null or "mine" or "unassigned"))
            errors["assigned"] = ["可选 mine（我负责的）或 unassigned（未分配） / one of: mine, unassigned"];
        if (limit is < 1 or > MaxLimit)
            errors["limit"] = [$"须在 1 到 {MaxLimit} 之间 / must be from 1 to {MaxLimit}"];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "查询条件有误 / The queue filter has errors");

        var now = clock.GetUtcNow();
        var cases = db.Applications.AsNoTracking()
            .Where(a => statusFilter == null
                ? a.Status != UtilityCaseStatus.Rejected && a.Status != UtilityCaseStatus.Connected
                : a.Status == statusFilter);
        if (assigned == "mine")
            cases = cases.Where(a => a.ManagerUserName == user.UserName);
        else if (assigned == "unassigned")
            cases = cases.Where(a => a.ManagerUserName == null);
        var rows = cases
            .Select(a => new { Case = a, Stage = a.Stages.Where(s => s.CompletedAt == null).OrderBy(s => s.Order).FirstOrDefault() });
        if (stage is not null)
            rows = rows.Where(r => r.Stage != null && r.Stage.Code == stage);
        if (due == "overdue")
            rows = rows.Where(r => r.Stage != null && r.Stage.ClockRunning && r.Stage.DueAt < now);
        else if (due == "soon")
            rows = rows.Where(r => r.Stage != null && r.Stage.ClockRunning && r.Stage.DueSoonAt <= now && r.Stage.DueAt >= now);

        var page = await rows
            .OrderBy(r => r.Stage == null || !r.Stage.ClockRunning || r.Stage.DueAt == null)
            .ThenBy(r => r.Stage!.DueAt)
            .ThenBy(r => r.Case.Id)
            .Take(limit ?? DefaultLimit)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Select(r => new QueueItem(
                r.Case.Id, r.Case.JointApplicationId, r.Case.ApplicationNumber, r.Case.Status, r.Case.CatalogueKey, r.Stage?.Name,
                r.Stage is { ClockRunning: true } ? r.Stage.DueAt : null,
                r.Stage is { ClockRunning: true } ? UtilityApplication<TDetails>.DueBasis(r.Stage, calendar) : null,
                r.Stage is not null && Deadlines.IsDueSoon(r.Stage, now), r.Stage is not null && Deadlines.IsOverdue(r.Stage, now),
                r.Case.ReceivedAt, r.Case.Applicant.Name, r.Case.Site.Address, CaseViews.ManagerOf(r.Case)))
            .ToList());
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
