using Microsoft.AspNetCore.Mvc;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Portal.Pages.Inbox;

/// <summary>The signed-in user's messages, the same ones that went out by SMS, e-mail or chat.</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    public ApiResult Messages { get; private set; } = null!;

    public async Task OnGetAsync() => Messages = await api.GetAsync("/api/notifications/inbox");

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        await api.PostAsync($"/api/notifications/inbox/{id}/read");
        return RedirectToPage();
    }
}
