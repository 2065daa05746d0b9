using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Portal.Infrastructure;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Portal;

/// <summary>
/// Every failure of a portal request is a page in the visitor's language, with the status code it had (404 stays 404)
/// and a way back; the API's failures beside it in the same host stay problem details.
/// </summary>
public sealed class PortalFailurePageTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh", "未找到")]
    [InlineData("en", "Not found")]
    public async Task An_unknown_portal_path_is_a_not_found_page_in_the_visitors_language(string language, string heading)
    {
        using var client = await host.PortalVisitorAsync(null, language);

        using var response = await client.GetAsync("/no/such/page?x=1", Cancellation);

        var html = await response.AssertFailurePageAsync(HttpStatusCode.NotFound, heading, language);
        // The language switch and the sign-in link return to the address that failed, not to the error page.
        Assert.Contains("back=%2Fno%2Fsuch%2Fpage%3Fx%3D1", html);
    }

    [Theory]
    [InlineData("gas-operator", "/operator/cases/{0}", "zh", "未找到")]
    [InlineData("gas-supervisor", "/operator/cases/{0}", "en", "Not found")]
    [InlineData("zhangsan", "/applications/{0}", "zh", "未找到")]
    [InlineData("electricity-supervisor", "/applications/{0}", "en", "Not found")]
    [InlineData("zhangsan", "/portal/documents/{0}", "zh", "未找到")]
    [InlineData("zhangsan", "/portal/documents/{0}/download", "en", "Not found")]
    public async Task What_the_service_does_not_show_this_user_is_a_not_found_page(string user, string page, string language, string heading)
    {
        using var client = await host.PortalVisitorAsync(user, language);

        using var response = await client.GetAsync(string.Format(page, Guid.NewGuid()), Cancellation);

        await response.AssertFailurePageAsync(HttpStatusCode.NotFound, heading, language);
    }

    [Theory]
    [InlineData("zh", "无权访问")]
    [InlineData("en", "Not allowed")]
    public async Task A_page_this_account_may_not_open_is_a_forbidden_page_where_it_was_asked_for(string language, string heading)
    {
        using var client = await host.PortalVisitorAsync("zhangsan", language);

        using var response = await client.GetAsync("/counter", Cancellation);

        var html = await response.AssertFailurePageAsync(HttpStatusCode.Forbidden, heading, language);
        Assert.Contains("/account/sign-in?returnUrl=%2Fcounter", html);
    }

    [Theory]
    [InlineData("zh", "无法处理此请求")]
    [InlineData("en", "This request could not be handled")]
    public async Task A_post_without_its_token_or_not_a_form_is_a_bad_request_page(string language, string heading)
    {
        using var client = await host.PortalVisitorAsync("zhangsan", language);

        using var noToken = await client.PostAsync("/apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }), Cancellation);
        using var notAForm = await client.PostAsync("/apply", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Cancellation);

        await noToken.AssertFailurePageAsync(HttpStatusCode.BadRequest, heading, language);
        await notAForm.AssertFailurePageAsync(HttpStatusCode.BadRequest, heading, language);
    }

    [Theory]
    [InlineData("http://localhost/guide?utilities=water", "/guide?utilities=water")]
    [InlineData("https://elsewhere.example/guide", null)]
    [InlineData("http://localhost//elsewhere.example/x", null)]
    [InlineData("http://localhost/no/such/page", null)]
    public async Task The_way_back_leads_only_to_the_portal_page_the_visitor_came_from(string referer, string? back)
    {
        using var client = await host.PortalVisitorAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Referrer = new Uri(referer);

        using var response = await client.SendAsync(request, Cancellation);

        var html = await response.AssertFailurePageAsync(HttpStatusCode.NotFound, "未找到");
        if (back is null)
            Assert.DoesNotContain("返回上一页", html);
        else
            Assert.Contains($"<a class=\"button\" href=\"{back}\">返回上一页</a>", html);
    }

    [Fact]
    public async Task The_error_page_visited_directly_is_not_found()
    {
        using var client = await host.PortalVisitorAsync(null);

        using var response = await client.GetAsync("/error", Cancellation);

        await response.AssertFailurePageAsync(HttpStatusCode.NotFound, "未找到");
    }

    [Theory]
    [InlineData(null, "/api/no-such-thing", HttpStatusCode.Unauthorized)]
    [InlineData("zhangsan", "/api/intake/applications/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("zhangsan", "/api/intake/documents/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("gas-operator", "/api/electricity/queue", HttpStatusCode.Forbidden)]
    [InlineData(null, "/openapi/no-such-document.json", HttpStatusCode.NotFound)]
    [InlineData(null, "/health/no-such-check", HttpStatusCode.Unauthorized)]
    public async Task The_apis_failures_in_the_same_host_stay_problem_details(string? user, string path, HttpStatusCode status)
    {
        using var response = await host.ClientFor(user).GetAsync(path, Cancellation);

        await response.AssertProblemAsync(status);
    }

    [Fact]
    public async Task A_bad_api_body_stays_a_problem_with_its_field()
    {
        using var response = await host.ClientFor("zhangsan").PostAsync("/api/intake/applications",
            new StringContent("{\"utilities\": 5", System.Text.Encoding.UTF8, "application/json"), Cancellation);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_icon_needs_no_sign_in_and_every_page_links_it()
    {
        using var client = await host.PortalVisitorAsync(null);

        using var icon = await client.GetAsync("/favicon.ico", Cancellation);
        var home = await client.GetStringAsync("/", Cancellation);

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await icon.Content.ReadAsStringAsync(Cancellation));
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", home);
    }
}

/// <summary>
/// An unhandled exception in a page (here the services' API client failing outright) is a 500 page with a reference to
/// quote, in either language; neither the exception nor its stack reaches the visitor.
/// </summary>
public sealed class PortalServerErrorPageTests(PortalServerErrorPageTests.BrokenApiHost host) : IClassFixture<PortalServerErrorPageTests.BrokenApiHost>
{
    public const string Secret = "connection to the API refused: internal-host-42";

    [Theory]
    [InlineData("zh", "系统暂时出错")]
    [InlineData("en", "Something went wrong")]
    public async Task An_exception_in_a_page_is_a_server_error_page(string language, string heading)
    {
        using var client = await host.PortalVisitorAsync(null, language);

        using var response = await client.GetAsync("/calendar/2027", TestContext.Current.CancellationToken);

        var html = await response.AssertFailurePageAsync(HttpStatusCode.InternalServerError, heading, language);
        Assert.DoesNotContain(Secret, html);
        Assert.DoesNotContain("Broken", html);
        Assert.Matches("<code>[0-9a-f]{32}</code>", html);
    }

    [Fact]
    public async Task The_api_beside_it_keeps_answering()
    {
        using var response = await host.ClientFor("zhangsan").GetAsync("/api/intake/applications", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class BrokenApiHost : ServiceHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddHttpClient<PortalApi>().ConfigurePrimaryHttpMessageHandler(() => new Broken()));
        }
    }

    private sealed class Broken : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
