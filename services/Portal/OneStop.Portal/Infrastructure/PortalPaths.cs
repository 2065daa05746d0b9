using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// Which requests are the portal's: every path but the services' APIs, their health and documentation, and the issuer
/// (the all-in-one host serves them beside the portal). A failure of the portal's is a page; of those, problem details.
/// </summary>
public sealed class PortalPaths : IRouteConstraint
{
    public const string ConstraintName = "portal";

    private static readonly string[] NotPortal = ["/api", "/realms", "/health", "/openapi", "/scalar"];

    public static bool Include(HttpContext http) => !NotPortal.Any(prefix => http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>As a route constraint: a catch-all route that only ever matches the portal's paths.</summary>
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is not null && Include(httpContext);
}
