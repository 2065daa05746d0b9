using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// The portal's pages, for each kind of visitor: public ones for everyone, the rest only after signing in (else to the
/// sign-in page), and the counter's and the operators' only for their roles (else "not allowed": 403 where it was asked
/// for, PortalFailurePageTests has the page). The browser tests walk the pages themselves; this is who gets through the door.
/// </summary>
public sealed class PortalAccessTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Anonymous = "(anonymous)";
    private const string SignIn = "sign-in";
    private const string Denied = "403";

    public static TheoryData<string, string, string> Table => new()
    {
        // page, visitor, what they get: a status, or where they are sent
        { "/", Anonymous, "200" }, { "/guide", Anonymous, "200" }, { "/calendar", Anonymous, "200" }, { "/calendar/2027", Anonymous, "200" },
        { "/account/sign-in", Anonymous, "200" }, { "/contractors", Anonymous, "200" },
        { "/apply", Anonymous, SignIn }, { "/applications", Anonymous, SignIn }, { "/inbox", Anonymous, SignIn },
        { "/counter", Anonymous, SignIn }, { "/operator", Anonymous, SignIn },
        { "/apply", "zhangsan", "200" }, { "/apply", "clerk", "200" }, { "/apply", "electricity-operator", Denied }, { "/apply", "regulator", Denied },
        { "/applications", "zhangsan", "200" }, { "/applications", "clerk", Denied }, { "/inbox", "electricity-supervisor", "200" },
        { "/counter", "clerk", "200" }, { "/counter", "zhangsan", Denied }, { "/counter", "water-operator", Denied },
        { "/operator", "water-operator", "200" }, { "/operator", "water-supervisor", "200" }, { "/operator", "clerk", Denied }, { "/operator", "zhangsan", Denied },
        { "/approvals", Anonymous, SignIn }, { "/approvals", "traffic-police-approver", "200" }, { "/approvals", "regulator", "200" },
        { "/approvals", "water-operator", "200" }, { "/approvals", "clerk", Denied }, { "/approvals", "zhangsan", Denied },
        { "/operator", "traffic-police-approver", Denied }, { "/counter", "traffic-police-approver", Denied },
        // An approval nobody has: the same "not found" to every role that may read approvals.
        { $"/approvals/{Guid.Empty}", "traffic-police-approver", "404" }, { $"/approvals/{Guid.Empty}", "zhangsan", Denied },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Each_visitor_gets_through_exactly_the_doors_it_should(string page, string visitor, string expected)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (visitor != Anonymous)
            await host.SignInAsync(client, visitor);

        using var response = await client.GetAsync(page, TestContext.Current.CancellationToken);

        var got = response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location!.OriginalString.Contains("/account/sign-in") ? SignIn : response.Headers.Location.OriginalString
            : ((int)response.StatusCode).ToString();
        Assert.Equal(expected, got);
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/account/sign-in", null)]
    [InlineData("/guide", null)]
    [InlineData("/apply", "zhangsan")]
    [InlineData("/operator", "water-operator")]
    [InlineData("/approvals", "traffic-police-approver")]
    public async Task Every_page_runs_only_the_portals_own_script_cannot_be_framed_and_is_never_sniffed(string page, string? visitor)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (visitor is not null)
            await host.SignInAsync(client, visitor);

        using var response = await client.GetAsync(page, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
