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

    public async Task OnGetAsync() => Queue = (await api.GetQueueAsync(Utility, Due is "soon" or "overdue" ? Due : null)).Value;
}
