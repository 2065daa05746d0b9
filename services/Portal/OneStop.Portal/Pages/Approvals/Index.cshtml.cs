using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts.Approvals;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages.Approvals;

/// <summary>
/// A department's queue of joint external-works approvals, soonest due first (or what it has decided); a regulator's list
/// of all. From a utility's case, <c>?application=</c> opens that application's approval.
/// </summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Decided { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Application { get; set; }

    public List<ExternalWorksApprovalView> Approvals { get; private set; } = [];
    /// <summary>Asked for an application's approval before the survey filed one.</summary>
    public bool NotFiledYet { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Application is { } applicationId)
        {
            if ((await api.GetApprovalOfApplicationAsync(applicationId)).Value is { } approval)
                return Redirect($"/approvals/{approval.Id}");
            NotFiledYet = true;
        }
        Approvals = (await api.GetApprovalsAsync(Decided)).Value ?? [];
        return Page();
    }
}
