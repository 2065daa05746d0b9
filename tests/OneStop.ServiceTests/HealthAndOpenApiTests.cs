using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

public sealed class HealthAndOpenApiTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly HttpClient _http = host.Api.Http;

    [Fact]
    public async Task The_liveness_endpoint_reports_healthy()
    {
        using var response = await _http.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// Readiness includes the working-day calendar, so it depends on the date: the host runs on a fixed clock. A year
    /// counted provisionally degrades the report but never makes the service unready.
    /// </summary>
    [Theory]
    [InlineData("2026-06-01T10:00:00+08:00", "Healthy", null)]
    [InlineData("2026-12-01T10:00:00+08:00", "Degraded", "2027 counted provisionally")]
    [InlineData("2027-01-11T10:00:00+08:00", "Degraded", "2027 counted provisionally")]
    [InlineData("2030-01-02T10:00:00+08:00", "Degraded", "2030 counted provisionally")]
    public async Task The_readiness_endpoint_reports_the_databases_the_bus_and_the_calendar(string now, string status, string? calendar)
    {
        await using var host = new FixedClockHost(DateTimeOffset.Parse(now));
        using var response = await host.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal(status, (string?)report["status"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["intake-database"]!["status"]);
        var check = report["checks"]!["working-day-calendar"]!;
        Assert.Equal(status, (string?)check["status"]);
        if (calendar is not null)
            Assert.Contains(calendar, (string?)check["description"]);
    }

    private sealed class FixedClockHost(DateTimeOffset now) : ServiceHost
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
        }
    }

    [Fact]
    public async Task The_api_reference_lists_every_document_and_needs_nothing_from_the_internet()
    {
        var page = await _http.GetStringAsync("/scalar/", TestContext.Current.CancellationToken);

        foreach (var document in new[] { "intake", "electricity", "water", "gas", "heat", "network", "notifications", "identity" })
            Assert.Contains($"\"url\":\"openapi/{document}.json\"", page);
        Assert.DoesNotContain("https://", page);
        using var script = await _http.GetAsync("/scalar/scalar.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Theory]
    [InlineData("intake", "/api/intake/applications")]
    [InlineData("intake", "/api/intake/applications/{id}")]
    [InlineData("electricity", "/api/electricity/applications/{id}")]
    [InlineData("water", "/api/water/applications")]
    [InlineData("gas", "/api/gas/applications/{id}")]
    [InlineData("heat", "/api/heat/applications/{id}")]
    [InlineData("network", "/api/network/applications/{id}")]
    [InlineData("notifications", "/api/notifications")]
    public async Task Each_service_document_describes_its_own_paths(string document, string path)
    {
        var json = await _http.GetStringAsync($"/openapi/{document}.json", TestContext.Current.CancellationToken);

        Assert.Contains($"\"{path}\"", json);
    }

    [Theory]
    [InlineData("intake")]
    [InlineData("electricity")]
    [InlineData("water")]
    [InlineData("gas")]
    [InlineData("heat")]
    [InlineData("network")]
    [InlineData("notifications")]
    public async Task Each_service_document_holds_no_other_service_paths(string document)
    {
        var json = await _http.GetStringAsync($"/openapi/{document}.json", TestContext.Current.CancellationToken);

        string[] services = ["intake", "electricity", "water", "gas", "heat", "network", "notifications"];
        Assert.All(services.Where(s => s != document), other => Assert.DoesNotContain($"\"/api/{other}", json));
    }

    // The framework's own answer was a plain-text 404 repeating the name.
    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        using var response = await _http.GetAsync("/openapi/no-such-service.json", TestContext.Current.CancellationToken);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Bilingual.AssertIs((string?)problem["title"]);
    }
}
