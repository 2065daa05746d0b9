using System.Security.Claims;
using OneStop.Contracts;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// The portal signs its users in with a cookie of its own, which carries the access token the services want; its pages
/// name these policies (the services' bearer-token policies are for their APIs).
/// </summary>
public static class PortalAuth
{
    public const string Scheme = "portal";
    public const string SignedIn = "portal-signed-in";
    public const string Files = "portal-files";
    public const string Applicant = "portal-applicant";
    public const string Counter = "portal-counter";
    public const string Operator = "portal-operator";
    /// <summary>The joint approvals of external works: the departments, the utilities sharing a trench, regulators.</summary>
    public const string Approvals = "portal-approvals";
    public const string AccessToken = "access_token";

    /// <summary>An operator's or supervisor's utility, from its token (the Operator pages are for them, who have one).</summary>
    public static UtilityKind UtilityOf(ClaimsPrincipal user) => Enum.Parse<UtilityKind>(user.FindFirst(OneStopClaims.Utility)!.Value, ignoreCase: true);
}
