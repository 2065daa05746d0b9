using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts;
using OneStop.Contracts.Utilities;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal.Pages.Operator;

/// <summary>The operator's queue: its own utility's open cases, nearest deadline first, due-soon and overdue marked.</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Due { get; set; }
    /// <summary>"mine" (an operator's own cases), "unassigned", or everyone's.</summary>
    [BindProperty(SupportsGet = true)] public string? Assigned { get; set; }

    public UtilityKind Utility => PortalAuth.UtilityOf(User);
    public List<QueueItem>? Queue { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The queue's table, for the page's script to swap in when the queue changed.</summary>
    public async Task<IActionResult> OnGetLiveAsync()
    {
        await LoadAsync();
        return Partial("_Queue", this);
    }

    public Task<IActionResult> OnGetEventsAsync() => LiveEvents.PassOnAsync(api, HttpContext, $"/api/{Ui.Name(Utility)}/queue/changes");

    /// <summary>This view of the queue, other filters kept: the links between views and the live part use it.</summary>
    public string Link(string? due, string? assigned, string? handler = null) =>
        "/operator" + QueryString.Create(new Dictionary<string, string?> { ["due"] = due, ["assigned"] = assigned, ["handler"] = handler }.Where(p => p.Value is not null));

    private async Task LoadAsync()
    {
        (Due, Assigned) = (Due is "soon" or "overdue" ? Due : null, Assigned is "mine" or "unassigned" ? Assigned : null);
        Queue = (await api.GetQueueAsync(Utility, Due, Assigned)).Value;
    }
}
