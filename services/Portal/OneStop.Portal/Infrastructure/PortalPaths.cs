using Microsoft.AspNetCore.Http;

namespace OneStop.Portal.Infrastructure;

/// <summary>
/// Which requests are the portal's: every path but the services' APIs, their health and documentation, and the issuer
/// (the all-in-one host serves them beside the portal). A failure of the portal's is a page; of those, problem details.
/// </summary>
public static class PortalPaths
{
    private static readonly string[] NotPortal = ["/api", "/realms", "/health", "/openapi", "/scalar"];

    public static bool Include(HttpContext http) => !NotPortal.Any(prefix => http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
