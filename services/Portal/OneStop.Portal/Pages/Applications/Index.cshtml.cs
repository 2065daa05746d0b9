using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts.Intake;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages.Applications;

/// <summary>My applications (an applicant's own, newest first).</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    public List<ApplicationSummary>? Applications { get; private set; }

    public async Task OnGetAsync() => Applications = (await api.ListApplicationsAsync()).Value;
}
