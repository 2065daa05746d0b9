using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.Contracts;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;

namespace OneStop.Identity.Accounts;

public static class AccountsApi
{
    public sealed record AccountView(string UserName, string Name, string Role, UtilityKind? Utility, string? IdNumber);

    public sealed record Me(string UserName, IReadOnlyCollection<string> Roles, UtilityKind? Utility, string? IdNumber);

    public static void MapAccounts(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", (CurrentUser user) => TypedResults.Ok(new Me(user.UserName, user.Roles, user.Utility, user.IdNumber)))
            .WithSummary("当前登录用户 / The signed-in user")
            .RequireAuthorization();
        // The built-in issuer's accounts are fixed; with Keycloak, administrators manage accounts in its console.
        api.MapGet("/accounts", () => TypedResults.Ok(DemoAccounts.All
                .Select(a => new AccountView(a.UserName, a.Name, a.Role, a.Utility, a.IdNumber is { } id ? ApplicantIdNumber.Mask(id) : null))
                .ToList()))
            .WithSummary("账号列表 / List accounts")
            .RequireAuthorization(Policies.ManageAccounts);
    }
}
