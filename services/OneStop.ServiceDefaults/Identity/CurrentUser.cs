using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;

namespace OneStop.ServiceDefaults.Identity;

/// <summary>The signed-in user as the endpoints see it; bound from the validated token (a handler parameter).</summary>
public sealed record CurrentUser(
    string Subject, string UserName, IReadOnlySet<string> Roles, UtilityKind? Utility, string? IdNumber, string? ClientId,
    Department? Department)
{
    public static CurrentUser From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(OneStopClaims.Subject) ?? "",
        principal.FindFirstValue(OneStopClaims.UserName) ?? principal.FindFirstValue(OneStopClaims.Subject) ?? "",
        principal.FindAll(OneStopClaims.Roles).Select(c => c.Value).ToHashSet(),
        Enum.TryParse<UtilityKind>(principal.FindFirstValue(OneStopClaims.Utility), ignoreCase: true, out var utility) ? utility : null,
        principal.FindFirstValue(OneStopClaims.IdNumber),
        principal.FindFirstValue(OneStopClaims.ClientId),
        Enum.TryParse<Department>(principal.FindFirstValue(OneStopClaims.Department), ignoreCase: true, out var department) ? department : null);

    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult<CurrentUser?>(From(context.User));

    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsOperatorOf(UtilityKind utility) => IsIn(Identity.Roles.Operator) && Utility == utility;

    public bool IsSupervisorOf(UtilityKind utility) => IsIn(Identity.Roles.Supervisor) && Utility == utility;

    /// <summary>An applicant owns what was filed under its own verified identity number.</summary>
    public bool IsApplicantWith(string idNumber) => IsIn(Identity.Roles.Applicant) && IdNumber is not null && IdNumber == idNumber;

    /// <summary>Personal data is shown whole only to its owner and to the counter (PIPL minimum necessary).</summary>
    public bool SeesPersonalDataOf(string idNumber) => IsApplicantWith(idNumber) || IsIn(Identity.Roles.Clerk);
}
