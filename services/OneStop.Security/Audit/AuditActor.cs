using Microsoft.AspNetCore.Http;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Security.Audit;

/// <summary>Who acted, and through which client: a signed-in user over HTTP, or the service itself on an event.</summary>
public sealed record AuditActor(string Id, string Name, string Roles, string? ClientId, string? ClientAddress)
{
    private const int MaxAddressLength = 100;

    public static AuditActor Of(HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        return new AuditActor(user.Subject, user.UserName, string.Join(',', user.Roles.Order()), user.ClientId, ClientAddressOf(http));
    }

    /// <summary>An action the service took on its own, in reaction to an event from another service.</summary>
    public static AuditActor Service(string serviceName) => new($"service:{serviceName}", serviceName, "service", null, null);

    // Services are reached only through the gateway (or are the all-in-one front door), which appends the client it
    // saw to X-Forwarded-For; the first entry is the original client.
    private static string? ClientAddressOf(HttpContext http)
    {
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim();
        var address = forwarded.Length > 0 ? forwarded : http.Connection.RemoteIpAddress?.ToString();
        return address is { Length: > MaxAddressLength } ? address[..MaxAddressLength] : address;
    }
}
