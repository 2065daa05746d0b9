using System.Diagnostics;
using System.Net;
using CsCheck;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.ServiceTests.Security;
using static OneStop.ServiceTests.Hostile.HostileRun;

namespace OneStop.ServiceTests.Hostile;

/// <summary>
/// Hundreds of generated hostile form posts (and GETs with hostile query strings) to every handler of every portal page,
/// as every demo user with the portal's cookie and, mostly, a valid anti-forgery token, so that they reach the handler.
/// None may get a 5xx; each gets a page, a local redirect or a 4xx; a post without its visitor's token is refused (400)
/// unless sign-in or authorization turns it away first; the host is ready afterwards. Seeded as <see cref="HostileInputTests"/>.
/// </summary>
public sealed class HostilePortalFormTests(SecuredHost host) : IClassFixture<SecuredHost>
{
    private const int PostsPerRun = 600;
    private const int GetsPerRun = 150;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hostile_portal_forms_get_no_5xx_only_pages_redirects_or_4xx()
    {
        var seed = Seed("Hostile portal forms");
        var surface = await PortalSurface.OfAsync(host);
        Assert.Contains(surface.Handlers, h => h.Key == "POST /apply?handler=next");
        var recorder = new ExceptionRecorder();
        host.Services.GetRequiredService<ILoggerFactory>().AddProvider(recorder);
        var failures = new List<Failure>();
        var statuses = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var sent = 0;

        var batch = from posts in HostilePortalGen.Batch(surface, "POST", PostsPerRun)
                    from gets in HostilePortalGen.Batch(surface, "GET", GetsPerRun)
                    select posts.Concat(gets).ToArray();
        await Check.SampleAsync(batch, async requests =>
        {
            sent = requests.Length;
            using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            foreach (var request in requests)
                await SendAsync(client, surface, request, recorder, failures, statuses);
        }, seed: seed, iter: 1, threads: 1, print: requests => $"{requests.Length} hostile portal requests");

        using var ready = await host.ClientFor(null).GetAsync("/health/ready", Cancellation);
        var posted = surface.Handlers.Where(h => h.Method == "POST").Select(h => h.Key).ToList();
        Print($"{sent} requests to {surface.Handlers.Count} portal handlers in {clock.Elapsed.TotalSeconds:F1} s; /health/ready {(int)ready.StatusCode}");
        Print($"Forms attacked: {string.Join(", ", posted)}");
        Print(Answers(statuses));
        var report = Report(failures);
        Print(report);
        Assert.True(report.Length == 0, $"Seed {seed} ({SeedVariable}={seed}):\n{report}");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private static async Task SendAsync(HttpClient client, PortalSurface surface, PortalRequest portal, ExceptionRecorder recorder,
        List<Failure> failures, Dictionary<int, int> statuses)
    {
        var request = portal.Request;
        using var message = request.ToMessage();
        // The visitor's cookies are sent as they are: what an answer sets (a sign-out, a sign-in) changes no later request.
        var cookies = surface.Visitors.Single(v => v.User == request.User).Cookies.GetCookieHeader(client.BaseAddress!);
        if (cookies.Length > 0)
            message.Headers.TryAddWithoutValidation("Cookie", cookies);
        using var response = await HostileRun.SendAsync(client, message, request, recorder, failures, statuses);
        if (response is not null && Wrong(portal, response) is { } wrong)
            failures.Add(new Failure(request, (int)response.StatusCode, wrong.Kind, wrong.Cause));
    }

    /// <summary>Null if the answer is a page (HTML), a redirect within the portal or a 4xx; a refusal if the token was wrong.</summary>
    private static (string Kind, string Cause)? Wrong(PortalRequest portal, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location;
        var local = location is not null && (location.IsAbsoluteUri ? location.Host == "localhost" : location.OriginalString.StartsWith('/') && !location.OriginalString.StartsWith("//") && !location.OriginalString.StartsWith("/\\"));
        var turnedAway = status is 401 or 403 or 404 || (status == 302 && local && location!.ToString().Contains("/account/"));
        if (portal.MustRefuse && status != 400 && !turnedAway)
            return ("a post without its visitor's anti-forgery token not refused", $"{status} {location}");
        if (status is >= 300 and < 400)
            return local ? null : ("redirect away from the portal", $"Location: {location?.ToString() ?? "(none)"}");
        if (status is >= 200 and < 300 && response.Content.Headers.ContentType?.MediaType != "text/html" && response.Content.Headers.ContentLength != 0)
            return ("not a page", $"{status} answered {response.Content.Headers.ContentType?.MediaType ?? "(no Content-Type)"}");
        return null;
    }
}
