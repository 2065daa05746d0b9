using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.ServiceTests.Infrastructure;
using OneStop.ServiceTests.Security;

namespace OneStop.ServiceTests.Hostile;

/// <summary>One field a portal handler reads: a parameter of its method, a bound property of its page, or an input of its form.</summary>
public sealed record PortalField(string Name, Type Type);

/// <summary>One handler of one portal page: its route, method, handler name (empty for the page's plain OnGet/OnPost) and fields.</summary>
public sealed record PortalHandler(string Method, string Route, string Handler, IReadOnlyList<PortalField> Fields, bool TakesFile)
{
    public string Key => Handler.Length == 0 ? $"{Method} {Route}" : $"{Method} {Route}?handler={Handler}";
}

/// <summary>A signed-in portal visitor (or an anonymous one): its cookies and a valid anti-forgery token per page route.</summary>
public sealed record PortalVisitor(string User, CookieContainer Cookies, IReadOnlyDictionary<string, string> Tokens);

/// <summary>
/// What the portal suite attacks: every handler of every Razor Page the host maps (pages from its EndpointDataSource,
/// handlers from the OnGet*/OnPost* methods of their page models, so a new form is attacked too), the visitors, the
/// fixture's real ids and a real wizard draft.
/// </summary>
public sealed partial record PortalSurface(IReadOnlyList<PortalHandler> Handlers, IReadOnlyList<PortalVisitor> Visitors, IReadOnlyList<string> RealIds, string Draft)
{
    public static async Task<PortalSurface> OfAsync(SecuredHost host)
    {
        var portal = typeof(OneStop.Portal.Pages.Apply.IndexModel).Assembly;
        var models = portal.GetCustomAttributes<RazorCompiledItemAttribute>()
            .ToDictionary(item => item.Identifier, item => item.Type.GetProperty("Model")?.PropertyType);
        var pages = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(AccessMatrixTests.IsPortal)
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(p => p.Page is not null)
            .GroupBy(p => p.Page!.RelativePath)
            // An Index page answers at "" and at "Index": attacked at the shortest.
            .Select(g => (Route: "/" + g.Select(p => p.Endpoint.RoutePattern.RawText!.TrimStart('/')).MinBy(r => r.Length), Model: models.GetValueOrDefault(g.Key)))
            .OrderBy(p => p.Route, StringComparer.Ordinal).ToList();

        var realIds = new[] { host.ApplicationId }.Concat(host.UtilityRecords.Values).Concat(host.OwnerDocuments.Values).Select(id => id.ToString()).ToList();
        var visitors = new List<PortalVisitor>();
        var inputs = new Dictionary<string, HashSet<string>>();
        var draft = "";
        foreach (var user in AccessMatrixTests.Users)
        {
            var cookies = new CookieContainer();
            var client = host.CreateDefaultClient(host.Server.BaseAddress, new CookieContainerHandler(cookies));
            if (user != AccessMatrixTests.Anonymous)
                await host.SignInAsync(client, user);
            var tokens = new Dictionary<string, string>();
            foreach (var (route, _) in pages.Prepend(("/account/sign-in", null)))
            {
                using var response = await client.GetAsync(Fill(route, host.ApplicationId.ToString()), TestContext.Current.CancellationToken);
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                tokens[route] = PortalSignIn.AntiForgeryTokenIn(html) is { Length: > 0 } token ? token : tokens.GetValueOrDefault("/account/sign-in", "");
                inputs.TryAdd(route, []);
                inputs[route].UnionWith(FormInput().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
                if (route == "/apply" && DraftInput().Match(html) is { Success: true } found && draft.Length == 0)
                    draft = WebUtility.HtmlDecode(found.Groups[1].Value);
            }
            visitors.Add(new PortalVisitor(user, cookies, tokens));
        }
        Assert.True(visitors.All(v => v.Tokens.Values.All(t => t.Length > 0)), "A portal page gave no anti-forgery token.");

        var handlers = pages.SelectMany(p => HandlersOf(p.Route, p.Model, inputs.GetValueOrDefault(p.Route) ?? [])).ToList();
        return new PortalSurface(handlers, visitors, realIds, draft.Length > 0 ? draft : "{}");
    }

    /// <summary>The route with each parameter given <paramref name="value"/> (a year for the calendar's).</summary>
    public static string Fill(string route, string value) => RouteParameter().Replace(route, m => m.Value.Contains("year") ? "2027" : value);

    public static IReadOnlyList<string> RouteParameters(string route) => RouteParameter().Matches(route).Select(m => m.Value).ToList();

    private static IEnumerable<PortalHandler> HandlersOf(string route, Type? model, HashSet<string> formInputs)
    {
        if (model is null || !typeof(PageModel).IsAssignableFrom(model))
        {
            yield return new PortalHandler("GET", route, "", [], false);
            yield break;
        }
        var methods = model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => (Method: m, Match: HandlerMethod().Match(m.Name))).Where(m => m.Match.Success).OrderBy(m => m.Method.Name, StringComparer.Ordinal);
        var bound = model.GetProperties().Select(p => (Property: p, Bind: p.GetCustomAttribute<BindPropertyAttribute>() ?? (model.GetCustomAttribute<BindPropertiesAttribute>() is null ? null : new BindPropertyAttribute())))
            .Where(p => p.Bind is not null).ToList();
        var any = false;
        foreach (var (method, match) in methods)
        {
            any = true;
            var verb = match.Groups[1].Value.ToUpperInvariant();
            var fields = method.GetParameters().Where(p => p.ParameterType != typeof(IFormFile) && p.ParameterType != typeof(CancellationToken))
                .Select(p => new PortalField(p.Name!, p.ParameterType))
                .Concat(bound.Where(b => verb == "POST" || b.Bind!.SupportsGet).Select(b => new PortalField(b.Property.Name, b.Property.PropertyType)))
                .Concat(verb == "POST" ? formInputs.Where(name => name is not ("__RequestVerificationToken" or "handler")).Select(name => new PortalField(name, typeof(string))) : [])
                .DistinctBy(f => f.Name.ToLowerInvariant()).ToList();
            yield return new PortalHandler(verb, route, match.Groups[2].Value.ToLowerInvariant(), fields,
                method.GetParameters().Any(p => p.ParameterType == typeof(IFormFile)));
        }
        if (!any)
            yield return new PortalHandler("GET", route, "", [], false);
    }

    [GeneratedRegex(@"^On(Get|Post)(\w*?)(?:Async)?$")]
    private static partial Regex HandlerMethod();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("<(?:input|select|textarea|button)[^>]*\\bname=\"([^\"]+)\"")]
    private static partial Regex FormInput();

    [GeneratedRegex("name=\"Draft\" value=\"([^\"]*)\"")]
    private static partial Regex DraftInput();
}
