using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Portal.Infrastructure;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal.Pages.Approvals;

/// <summary>
/// One combined application for external works: the trench, each utility's part, each department's review. A department
/// decides its own review here; a utility sharing the trench answers a correction or files a rejected route again.
/// </summary>
public sealed class DetailModel(PortalApi api, Ui ui) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public ExternalWorksApprovalView Approval { get; private set; } = null!;
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Failure { get; private set; }

    /// <summary>The signed-in approver's department, as the token names it.</summary>
    public string? Department => User.FindFirst(OneStopClaims.Department)?.Value;

    public DepartmentReviewView? MyReview => Approval.Reviews.SingleOrDefault(r => Department is not null && Ui.Name(r.Department) == Department);

    /// <summary>An operator of a utility in the trench answers for them all.</summary>
    public bool SharesTrench => User.IsInRole(Roles.Operator) && Approval.Works.Any(w => w.Utility == PortalAuth.UtilityOf(User));

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public Task<IActionResult> OnPostDecideAsync(ReviewDecision? decision, string? reason, int? round) =>
        ActAsync(api.DecideApprovalAsync(Id, new ReviewDecisionRequest(decision, string.IsNullOrWhiteSpace(reason) ? null : reason, round)),
            ui.T("审批决定已提交", "Decision recorded"));

    public Task<IActionResult> OnPostAnswerAsync(string? answer) =>
        ActAsync(api.AnswerApprovalAsync(Id, new ApprovalAnswerRequest(answer)), ui.T("补正答复已提交，审批部门恢复计时", "Answered: the departments' clocks run again"));

    public Task<IActionResult> OnPostResubmitAsync(string? route, List<RouteFeature> routeFeatures) =>
        ActAsync(api.ResubmitApprovalAsync(Id, new ApprovalResubmissionRequest(route, routeFeatures)), ui.T("已重新报批", "Filed again"));

    private async Task<IActionResult> ActAsync(Task<ApiResult<ExternalWorksApprovalView>> action, string done)
    {
        var result = await action;
        if (!result.Ok)
            Errors = result.Problem.Errors.ToDictionary();
        return await ShowAsync(result.Ok ? done : null, result.Ok ? null : ui.Pick(result.Problem.Detail ?? result.Problem.Title));
    }

    private async Task<IActionResult> ShowAsync(string? message = null, string? failure = null)
    {
        (Message, Failure) = (message, failure);
        if ((await api.GetApprovalAsync(Id)).Value is not { } approval)
            return NotFound();
        Approval = approval;
        return Page();
    }
}
