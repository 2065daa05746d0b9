using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OneStop.Security.Audit;
using OneStop.ServiceDefaults;
using OneStop.ServiceDefaults.Identity;

namespace OneStop.FrontDoor.SignIn;

/// <summary>
/// Password sign-ins at the front door, before they reach the issuer (the built-in one, or Keycloak behind the gateway):
/// a user name or an address that failed too often gets 429 with Retry-After, its password not even checked, until its
/// lock ends. The outcome is read from the issuer's answer: 2xx is a success, any other 4xx a failure. The issuer is
/// sent exactly the form that was judged, re-encoded, so that it cannot read another user name out of the same bytes.
/// </summary>
public sealed class SignInThrottling(RequestDelegate next, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private static readonly IPNetwork[] Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];
    private static readonly string[] SingleFields = ["grant_type", "client_id", "username", "password"];
    private static readonly string[] TokenPathSegments = ServiceAuthentication.TokenPath.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private readonly IPNetwork[] _firstParty = options.Value.FirstPartyNetworks.Count == 0
        ? Loopback
        : [.. options.Value.FirstPartyNetworks.Select(network => IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"SignIn:Throttle:FirstPartyNetworks: '{network}' is no network in CIDR form (e.g. 10.0.0.0/8)."))];

    public async Task InvokeAsync(HttpContext http, SignInThrottle throttle)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !IsTokenPath(http.Request.Path))
        {
            await next(http);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            body.MaxRequestBodySize = ServiceDefaultsExtensions.DefaultMaxBodyBytes;
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormOrNullAsync(http.RequestAborted) : null;
        // What the front door cannot read, no issuer behind it gets to read its own way.
        if (form is null || SingleFields.Any(field => form[field].Count > 1))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "invalid_request",
                "请以表单提交，每个参数一次 / Send one application/x-www-form-urlencoded form, each parameter once");
            return;
        }
        var userName = SignInKeys.Clean(form["username"].ToString());
        await ForwardExactlyAsync(http, form, userName);
        if (form["grant_type"] != "password" || userName.Length == 0)
        {
            await next(http);
            return;
        }

        var address = ClientAddress(http);
        var userNameKey = SignInKeys.UserName(userName);
        string[] keys = address is null ? [userNameKey] : [userNameKey, SignInKeys.Address(address)];
        var attempt = await throttle.BeginAsync(keys, http.RequestAborted);
        // From here on every outcome is recorded even if the client has gone: hanging up must not make a guess free.
        var now = clock.GetUtcNow();
        if (attempt.LockedUntil is { } until && until > now)
        {
            await throttle.ForgetAsync(attempt, CancellationToken.None);
            var minutes = (int)Math.Ceiling((until - now).TotalMinutes);
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling((until - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, "temporarily_unavailable",
                $"登录失败次数过多，已暂时锁定，请 {minutes} 分钟后再试 / Too many failed sign-ins: locked, try again in {minutes} min");
            return;
        }
        try
        {
            await next(http);
        }
        catch
        {
            await throttle.ForgetAsync(attempt, CancellationToken.None);
            throw;
        }
        var status = http.Response.StatusCode;
        if (status is >= 200 and < 300)
            await throttle.SucceededAsync(attempt, userNameKey, CancellationToken.None);
        else if (status is >= 400 and < 500 and not StatusCodes.Status429TooManyRequests)
            await throttle.FailedAsync(attempt, new AuditActor("anonymous", "anonymous", "", form["client_id"], address?.ToString()), CancellationToken.None);
        else
            await throttle.ForgetAsync(attempt, CancellationToken.None);
    }

    /// <summary>The token path however it is spelt: any case, a trailing or doubled slash, a ";parameter" on a segment.</summary>
    private static bool IsTokenPath(PathString path) =>
        (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment => segment.Split(';')[0])
            .SequenceEqual(TokenPathSegments, StringComparer.OrdinalIgnoreCase);

    /// <summary>The body and the parsed form become the judged form, in UTF-8 with the cleaned user name.</summary>
    private static async Task ForwardExactlyAsync(HttpContext http, IFormCollection form, string userName)
    {
        var fields = form.ToDictionary(field => field.Key, field => field.Key == "username" ? new StringValues(userName) : field.Value);
        var judged = new FormCollection(fields);
        using var encoded = new FormUrlEncodedContent(fields.SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value ?? ""))));
        var bytes = await encoded.ReadAsByteArrayAsync(http.RequestAborted);
        http.Request.Body = new MemoryStream(bytes);
        http.Request.ContentLength = bytes.Length;
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Features.Set<IFormFeature>(new FormFeature(judged));
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

    private static Task WriteErrorAsync(HttpContext http, int status, string error, string description)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new TokenError(error, description));
    }
}
