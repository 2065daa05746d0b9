using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages.Operator;

/// <summary>
/// A joint application as a utility's staff reach it from a message (which names the joint application): their own
/// utility's case of it, or not found.
/// </summary>
public sealed class ApplicationModel(PortalApi api) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        (await api.FindCaseAsync(PortalAuth.UtilityOf(User), id)).Value?.FirstOrDefault() is { } found
            ? Redirect($"/operator/cases/{found.Id}")
            : NotFound();
}
