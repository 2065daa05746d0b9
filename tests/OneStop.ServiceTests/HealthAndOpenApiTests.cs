using System.Net;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

public sealed class HealthAndOpenApiTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly HttpClient _http = host.Api.Http;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_report_healthy(string path)
    {
        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
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
}
