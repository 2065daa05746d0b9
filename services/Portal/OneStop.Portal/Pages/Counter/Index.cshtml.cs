using Microsoft.AspNetCore.Mvc;
using OneStop.Contracts.Intake;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Portal.Pages.Counter;

/// <summary>The counter finds any application, by its number or by the applicant's identity number (sent in a body, audited).</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Number { get; set; }
    [BindProperty] public string? IdNumber { get; set; }

    public ApiResult<List<ApplicationSummary>>? Found { get; private set; }

    public async Task OnGetAsync()
    {
        if (!string.IsNullOrWhiteSpace(Number))
            Found = await api.ListApplicationsAsync(Number.Trim());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Found = await api.SearchApplicationsAsync(new ApplicationSearchRequest(IdNumber));
        return Page();
    }
}
