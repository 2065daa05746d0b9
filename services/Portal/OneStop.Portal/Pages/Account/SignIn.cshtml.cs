using System.Globalization;
using System.Security.Claims;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.IdentityModel.JsonWebTokens;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal.Pages.Account;

/// <summary>
/// Signs in at the platform's issuer (the built-in one or Keycloak) with the password grant, and keeps the access token
/// in the portal's cookie: every page then calls the services as this user.
/// </summary>
public sealed class SignInModel(PortalApi api, Ui ui) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = ui.T("请填写用户名和密码", "Enter your user name and password");
            return Page();
        }
        var (token, lockedFor) = await api.SignInAsync(UserName.Trim(), Password);
        if (lockedFor is { } wait)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            Error = ui.T($"登录失败次数过多，已暂时锁定，请 {minutes} 分钟后再试", $"Too many failed sign-ins: locked, try again in {minutes} min");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Page();
        }
        if (token is null)
        {
            Error = ui.T("用户名或密码不正确", "The user name or password is wrong");
            return Page();
        }
        var jwt = new JsonWebToken(token);
        var identity = new ClaimsIdentity(jwt.Claims.Where(c => c.Type is OneStopClaims.Subject or OneStopClaims.UserName or OneStopClaims.Name
            or OneStopClaims.Roles or OneStopClaims.Utility or OneStopClaims.Department or OneStopClaims.IdNumber), PortalAuth.Scheme, OneStopClaims.UserName, OneStopClaims.Roles);
        var properties = new AuthenticationProperties { ExpiresUtc = jwt.ValidTo == DateTime.MinValue ? null : jwt.ValidTo };
        properties.StoreTokens([new AuthenticationToken { Name = PortalAuth.AccessToken, Value = token }]);
        await HttpContext.SignInAsync(PortalAuth.Scheme, new ClaimsPrincipal(identity), properties);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
