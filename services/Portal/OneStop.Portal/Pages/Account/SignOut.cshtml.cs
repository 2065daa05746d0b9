using Microsoft.AspNetCore.Authentication;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Portal.Pages.Account;

public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PortalAuth.Scheme);
        return LocalRedirect("/");
    }
}
