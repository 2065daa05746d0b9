using Microsoft.AspNetCore.Mvc;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Portal.Pages.Applications;

/// <summary>The receipt with the application number, to keep or print (at the counter, for the walk-in applicant).</summary>
public sealed class ReceiptModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public ApiResult Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Application = await api.GetAsync($"/api/intake/applications/{Id}");
        return Application.Ok ? Page() : NotFound();
    }
}
