using Microsoft.AspNetCore.Http;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.Security.Audit;

/// <summary>Who acted, and through which client: a signed-in user over HTTP, or the service itself on an event.</summary>
public sealed record AuditActor(string Id, string Name, string Roles, string? ClientId, string? ClientAddress)
{
    public static AuditActor Of(HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        return new AuditActor(user.Subject, user.UserName, string.Join(',', user.Roles.Order()), user.ClientId, ClientAddressOf(http));
    }

    /// <summary>An action the service took on its own, in reaction to an event from another service.</summary>
    public static AuditActor Service(string serviceName) => new($"service:{serviceName}", serviceName, "service", null, null);

    // Behind a trusted proxy, the address it saw (ForwardedClients); otherwise the connection's own.
    private static string? ClientAddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
