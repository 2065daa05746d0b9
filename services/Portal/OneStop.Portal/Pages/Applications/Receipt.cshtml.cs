using Microsoft.AspNetCore.Mvc;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts.Intake;

namespace OneStop.Portal.Pages.Applications;

/// <summary>The receipt with the application number, to keep or print (at the counter, for the walk-in applicant).</summary>
public sealed class ReceiptModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public ApplicationView Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await api.GetApplicationAsync(Id);
        Application = found.Value!;
        return found.Ok ? Page() : NotFound();
    }
}
