using Microsoft.AspNetCore.Mvc;
using OneStop.Contracts.Notifications;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal.Pages.Inbox;

/// <summary>The signed-in user's messages, the same ones that went out by SMS, e-mail or chat.</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    public IReadOnlyList<NotificationView> Messages { get; private set; } = [];
    /// <summary>A utility's staff open a message's case on their own pages, not the applicant's.</summary>
    public bool Staff => User.IsInRole(Roles.Operator) || User.IsInRole(Roles.Supervisor);

    public async Task OnGetAsync() => Messages = (await api.GetInboxAsync()).Value ?? [];

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        await api.MarkReadAsync(id);
        return RedirectToPage();
    }
}
