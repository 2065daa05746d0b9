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

    /// <summary>Where a message opens: a joint approval's on its own page (departments have no other), the rest at the application.</summary>
    public string LinkFor(NotificationView message) =>
        User.IsInRole(Roles.Approver) || Staff && message.EventType.StartsWith("ExternalWorks", StringComparison.Ordinal) ? $"/approvals?application={message.ApplicationId}"
        : Staff ? $"/operator/applications/{message.ApplicationId}"
        : $"/applications/{message.ApplicationId}";

    public async Task OnGetAsync() => Messages = (await api.GetInboxAsync()).Value ?? [];

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        await api.MarkReadAsync(id);
        return RedirectToPage();
    }
}
