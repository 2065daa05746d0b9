using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.Identity.Accounts;
using OneStop.Identity.Issuer;
using OneStop.ServiceDefaults.Identity;
using OneStop.ServiceTests.Security;

namespace OneStop.ServiceTests.Hostile;

/// <summary>
/// One endpoint of the URL map, with the query and body of a well-formed request to it and the users it lets in, where
/// the access matrix has them.
/// </summary>
public sealed record Target(string Method, string Pattern, string Query, byte[]? Body, string? ContentType, IReadOnlyList<string> Admitted)
{
    public const string TokenPath = "/realms/onestop/protocol/openid-connect/token";

    public string Key => $"{Method} {Pattern}";
}

/// <summary>What the suite attacks: every API endpoint the host maps (read from its EndpointDataSource, so a new one is attacked too), the fixture's real ids, and forged credentials.</summary>
public sealed record AttackSurface(IReadOnlyList<Target> Targets, IReadOnlyList<string> RealIds, IReadOnlyList<string> ForgedAuthorizations)
{
    public static async Task<AttackSurface> OfAsync(SecuredHost host)
    {
        var matrix = AccessMatrixTests.Matrix.ToDictionary(row => $"{row.Method} {row.Pattern}");
        var targets = new List<Target>();
        // The portal's Razor Pages need antiforgery tokens and are being rewritten: they are left out of this suite.
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(e => !AccessMatrixTests.IsPortal(e)))
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                targets.Add(await TargetAsync(host, method, endpoint.RoutePattern.RawText!, matrix.GetValueOrDefault($"{method} {endpoint.RoutePattern.RawText}")));

        var realIds = new[] { host.ApplicationId }.Concat(host.UtilityRecords.Values).Concat(host.OwnerDocuments.Values).Select(id => id.ToString()).ToList();
        return new AttackSurface(targets, realIds, Forged(host));
    }

    private static async Task<Target> TargetAsync(SecuredHost host, string method, string pattern, AccessMatrixTests.Row? row)
    {
        // Health checks answer any method ("*"): attacked with GET and, through the method mutation, others.
        var verb = method == "*" ? "GET" : method;
        if (row is null)
            return new Target(verb, pattern, "", null, null, AccessMatrixTests.Users);
        using var template = row.Request(host);
        var uri = template.RequestUri!.OriginalString;
        var query = uri.Contains('?') ? uri[uri.IndexOf('?')..] : "";
        var body = template.Content is null ? null : await template.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var admitted = AccessMatrixTests.Users.Where(user => row.Expected(user) is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)).ToList();
        return new Target(verb, pattern, query, body, template.Content?.Headers.ContentType?.ToString(), admitted.Count > 0 ? admitted : AccessMatrixTests.Users);
    }

    /// <summary>Bearer tokens that must all be refused: malformed, unsigned (alg none), expired, tampered with, not bearer at all.</summary>
    private static List<string> Forged(SecuredHost host)
    {
        var admin = DemoAccounts.All.Single(a => a.UserName == "admin");
        var issuedBefore = new FakeTimeProvider(host.Clock.GetUtcNow() - TokenIssuer.Lifetime * 3);
        var expired = new TokenIssuer(host.Services.GetRequiredService<SigningKeys>(), issuedBefore).Issue(admin, TokenEndpoint.ClientId);
        var valid = host.TokenFor("admin");
        var parts = valid.Split('.');
        var unsigned = $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
        var tampered = $"{parts[0]}.{parts[1]}.{new string(parts[2].Reverse().ToArray())}";
        return
        [
            "Bearer", "Bearer ", "Bearer not-a-token", "Bearer a.b.c", "Bearer ..", "Bearer eyJ.eyJ.", $"Bearer {unsigned}", $"Bearer {expired}",
            $"Bearer {tampered}", $"Bearer {parts[0]}.{parts[1]}", $"Bearer {valid} {valid}", $"Bearer {new string('A', 20_000)}",
            "Basic Y2xlcms6cGFzc3dvcmQ=", "Negotiate TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==", $"bearer {Base64Url("{}")}.{Base64Url("{}")}.x",
        ];
    }

    private static string Base64Url(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
