using Microsoft.AspNetCore.Mvc;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal.Pages.Operator;

/// <summary>The operator's queue: its own utility's open cases, nearest deadline first, due-soon and overdue marked.</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Due { get; set; }

    public string Utility => User.FindFirst(OneStopClaims.Utility)?.Value ?? "";
    public ApiResult Queue { get; private set; } = null!;

    public async Task OnGetAsync() =>
        Queue = await api.GetAsync($"/api/{Utility}/queue{(Due is "soon" or "overdue" ? $"?due={Due}" : "")}");
}
