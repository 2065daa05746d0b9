using System.Globalization;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts;
using OneStop.Contracts.Intake;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.Utilities;
using OneStop.ServiceDefaults.Identity;
using System.Text.Json.Nodes;

namespace OneStop.Portal.Pages.Operator;

/// <summary>
/// One case for its utility's operator: the stages and their clocks, the joint application's part for this utility, the
/// documents it needs (read from intake), and the stage actions. What the service refuses is shown where it belongs.
/// </summary>
public sealed class CaseModel(PortalApi api, Ui ui, TimeProvider clock) : PageModel
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public UtilityKind Utility => PortalAuth.UtilityOf(User);
    /// <summary>Operators act on cases; supervisors read and follow them up (the service refuses them the actions).</summary>
    public bool CanAct => User.IsInRole(Roles.Operator);
    /// <summary>The default of a time field: now, China time to the minute (datetime-local).</summary>
    public string Now => clock.GetUtcNow().ToOffset(China).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    public CaseView<JsonObject> Case { get; private set; } = null!;
    public ApplicationView? Joint { get; private set; }
    /// <summary>For a supervisor: the operators it may assign the case to.</summary>
    public List<CaseManagerView> Operators { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public Dictionary<string, string> Entered { get; } = [];
    public string? Message { get; private set; }
    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public Task<IActionResult> OnPostClaimAsync() => ActAsync(api.ClaimCaseAsync(Utility, Id), ui.T("已认领，您是本申请的客户经理", "Claimed: you are the case manager"));

    public Task<IActionResult> OnPostAssignAsync(string? @operator) =>
        ActAsync(api.AssignCaseAsync(Utility, Id, new AssignRequest(@operator)), ui.T("已指派客户经理", "Case manager assigned"));

    public Task<IActionResult> OnPostAcceptAsync() => ActAsync(api.AcceptCaseAsync(Utility, Id), ui.T("已受理", "Accepted"));

    public Task<IActionResult> OnPostRejectAsync(string? reason) =>
        ActAsync(api.RejectCaseAsync(Utility, Id, new RejectRequest(reason)), ui.T("已驳回", "Rejected"));

    public Task<IActionResult> OnPostCorrectionAsync(string? needed) =>
        ActAsync(api.RequestCorrectionAsync(Utility, Id, new CorrectionRequest(needed)), ui.T("已发起补正，计时暂停", "Correction requested; the clock is paused"));

    public Task<IActionResult> OnPostCompleteAsync(string stage)
    {
        // Times are entered as China time to the minute (datetime-local); the service takes them with their offset.
        var data = Request.Form.Where(f => f.Key.StartsWith("data.", StringComparison.Ordinal))
            .ToDictionary(f => f.Key[5..], f => Moment(f.Key, f.Value.ToString()));
        foreach (var (key, value) in Request.Form.Where(f => f.Key.StartsWith("data.", StringComparison.Ordinal)))
            Entered[key] = value.ToString();
        return ActAsync(api.CompleteStageAsync(Utility, Id, new CompleteRequest(stage, data)), ui.T("本环节已完成", "Stage completed"));
    }

    /// <summary>A length or route given with "no external works" is dropped: the radio button decides.</summary>
    public Task<IActionResult> OnPostSurveyAsync(bool? externalWorksNeeded, int? externalWorksMetres, string? externalWorksRoute, string? findings,
        List<RouteFeature> routeFeatures) =>
        ActAsync(api.RecordSurveyAsync(Utility, Id, new SurveyFindingsRequest(externalWorksNeeded,
                externalWorksNeeded == true ? externalWorksMetres : null, externalWorksNeeded == true ? externalWorksRoute : null, findings,
                externalWorksNeeded == true ? routeFeatures : null)),
            ui.T("踏勘结果已记录", "Survey findings recorded"));

    public Task<IActionResult> OnPostAcceptanceAsync(bool? passed, string? remarks) =>
        ActAsync(api.RecordAcceptanceAsync(Utility, Id, new AcceptanceResultRequest(passed, remarks)), passed == false
            ? ui.T("验收结果已记录，已请申请人整改（计时暂停）", "Recorded: the applicant is asked to put the works right (the clock stands)")
            : ui.T("验收结果已记录", "Acceptance recorded"));

    public Task<IActionResult> OnPostSiteVisitAsync(string? note) =>
        ActAsync(api.AskForSiteVisitAsync(Utility, Id, new SiteVisitRequest(note)),
            ui.T("已要求现场验收，申请人将预约上门", "Asked for a site visit: the applicant books one"));

    public Task<IActionResult> OnPostMissedAsync(string? missedBy, string? note) =>
        ActAsync(api.ReportVisitMissedAsync(Utility, Id, new VisitMissedRequest(missedBy, note)),
            ui.T("已报告联合上门未能进行，申请人将重新预约", "Reported: the applicant books the joint visit again"));

    private async Task<IActionResult> ActAsync(Task<ApiResult<CaseView<JsonObject>>> action, string done)
    {
        var result = await action;
        if (result.Ok)
            Entered.Clear();
        else
            Errors = result.Problem.Errors.ToDictionary(e => e.Key, e => e.Key.EndsWith("At", StringComparison.Ordinal) ? [MomentProblem] : e.Value);
        return await ShowAsync(result.Ok ? done : null, result.Ok ? null : ui.Pick(result.Problem.Detail ?? result.Problem.Title));
    }

    private async Task<IActionResult> ShowAsync(string? message = null, string? failure = null)
    {
        (Message, Failure) = (message, failure);
        var found = await api.GetCaseAsync(Utility, Id);
        if (!found.Ok)
            return NotFound();
        Case = found.Value!;
        Joint = (await api.GetApplicationAsync(Case.JointApplicationId)).Value;
        if (User.IsInRole(Roles.Supervisor))
            Operators = (await api.GetOperatorsAsync(Utility)).Value ?? [];
        return Page();
    }

    /// <summary>The API states its rule for any client (an ISO 8601 time with an offset); the form's user picked a time.</summary>
    private string MomentProblem => ui.T("请选择本环节开始之后、不晚于现在的时间", "Choose a time after the stage started and not later than now");

    private static string Moment(string key, string value) =>
        key.EndsWith("At", StringComparison.Ordinal) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, China).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : value;
}
