using System.Globalization;
using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.FrontDoor.SignIn;

/// <summary>
/// Password sign-ins at the front door, before they reach the issuer (the built-in one, or Keycloak behind the gateway):
/// a user name or an address that failed too often gets 429 with Retry-After, its password not even checked, until its
/// lock ends. The outcome is read from the issuer's answer: 2xx is a success, any other 4xx a failure.
/// </summary>
public sealed class SignInThrottling(RequestDelegate next, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private static readonly IPNetwork[] Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    private readonly IPNetwork[] _firstParty = options.Value.FirstPartyNetworks.Count == 0
        ? Loopback
        : [.. options.Value.FirstPartyNetworks.Select(network => IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"SignIn:Throttle:FirstPartyNetworks: '{network}' is no network in CIDR form (e.g. 10.0.0.0/8)."))];

    public sealed record TokenError(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_description")] string Description);

    public async Task InvokeAsync(HttpContext http, SignInThrottle throttle)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Equals(ServiceAuthentication.TokenPath, StringComparison.OrdinalIgnoreCase)
            || !http.Request.HasFormContentType)
        {
            await next(http);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            body.MaxRequestBodySize = ServiceDefaultsExtensions.DefaultMaxBodyBytes;
        // The issuer (or the proxy to it) reads the form again.
        http.Request.EnableBuffering();
        var form = await http.Request.ReadFormOrNullAsync(http.RequestAborted);
        http.Request.Body.Position = 0;
        if (form is null || form["grant_type"] != "password" || string.IsNullOrWhiteSpace(form["username"]))
        {
            await next(http);
            return;
        }

        var address = ClientAddress(http);
        string[] keys = address is null ? [SignInKeys.UserName(form["username"]!)] : [SignInKeys.UserName(form["username"]!), SignInKeys.Address(address)];
        var states = await throttle.ReadAsync(keys, http.RequestAborted);
        var now = clock.GetUtcNow();
        if (states.Max(s => s.LockedUntil) is { } until && until > now)
        {
            await RefuseAsync(http, until - now);
            return;
        }

        await next(http);
        // Counted even if the client has gone: hanging up must not make a guess free.
        var status = http.Response.StatusCode;
        if (status is >= 200 and < 300)
            await throttle.SucceededAsync(states[0], CancellationToken.None);
        else if (status is >= 400 and < 500 and not StatusCodes.Status429TooManyRequests)
            await throttle.FailedAsync(states, new AuditActor("anonymous", "anonymous", "", form["client_id"], address?.ToString()), CancellationToken.None);
    }

    /// <summary>The connection's address (or the trusted proxy's view of it); from the platform's own portal, its visitor's.</summary>
    private IPAddress? ClientAddress(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (remote is null || !_firstParty.Any(network => network.Contains(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)))
            return remote;
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString().Split(',').LastOrDefault()?.Trim();
        return IPAddress.TryParse(forwarded, out var visitor) ? visitor : remote;
    }

    private static Task RefuseAsync(HttpContext http, TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return http.Response.WriteAsJsonAsync(new TokenError("temporarily_unavailable",
            $"登录失败次数过多，已暂时锁定，请 {minutes} 分钟后再试 / Too many failed sign-ins: locked, try again in {minutes} min"));
    }
}
