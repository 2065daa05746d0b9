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

    private async Task LoadAsync() => Queue = (await api.GetQueueAsync(Utility, Due is "soon" or "overdue" ? Due : null)).Value;
}
