using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;

namespace OneStop.ServiceTests;

public sealed class HealthAndOpenApiTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    /// <summary>Every OpenAPI document the services publish (the portal has none).</summary>
    private static readonly string[] Documents = ["intake", "electricity", "water", "gas", "heat", "network", "notifications", "approvals", "identity"];

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

    [Fact]
    public async Task A_check_that_fails_makes_the_service_unready_and_names_its_exception_without_a_stack()
    {
        await using var host = new BrokenCheckHost();
        using var response = await host.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var report = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Equal("Unhealthy", (string?)report["status"]);
        var check = report["checks"]!["broken-dependency"]!;
        Assert.Equal("Unhealthy", (string?)check["status"]);
        Assert.Equal("System.TimeoutException", (string?)check["exception"]);
        Assert.DoesNotContain("the dependency did not answer", report.ToJsonString());
        Assert.Null(report["checks"]!["intake-database"]!["exception"]);
        Assert.DoesNotContain(" at ", body);
    }

    private sealed class BrokenCheckHost : ServiceHost
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddHealthChecks().AddCheck("broken-dependency",
                () => throw new TimeoutException("the dependency did not answer"), tags: [OneStop.ServiceDefaults.ServiceDefaultsExtensions.ReadyTag]));
        }
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

        foreach (var document in Documents)
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
    [InlineData("approvals", "/api/approvals/{id}/decision")]
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
    [InlineData("approvals")]
    public async Task Each_service_document_holds_no_other_service_paths(string document)
    {
        var json = await _http.GetStringAsync($"/openapi/{document}.json", TestContext.Current.CancellationToken);

        string[] services = ["intake", "electricity", "water", "gas", "heat", "network", "notifications", "approvals"];
        Assert.All(services.Where(s => s != document), other => Assert.DoesNotContain($"\"/api/{other}", json));
    }

    /// <summary>
    /// Each operation says whether it needs a token and lists the problem responses it can really give: 401 with a
    /// token, 403 where its policy can refuse a signed-in user, 400/413/415 with a body, and its own 404/409/422.
    /// </summary>
    [Theory]
    [InlineData("intake", "/api/intake/applications", "post", "Bearer", "400 401 403 413 415 422")]
    [InlineData("intake", "/api/intake/applications/{id}", "get", "Bearer", "401 403 404")]
    [InlineData("intake", "/api/calendar/{year}", "get", null, "404")]
    [InlineData("electricity", "/api/electricity/applications/{id}/reject", "post", "Bearer", "400 401 403 404 409 413 415")]
    [InlineData("notifications", "/api/notifications/inbox", "get", "Bearer", "400 401")]
    [InlineData("approvals", "/api/approvals/{id}/decision", "post", "Bearer", "400 401 403 404 409 413 415")]
    [InlineData("identity", "/api/identity/me", "get", "Bearer", "401")]
    [InlineData("identity", "/realms/onestop/protocol/openid-connect/token", "post", null, "")]
    public async Task Each_operation_declares_its_token_and_its_problem_responses(string document, string path, string method, string? scheme,
        string problems)
    {
        var json = JsonNode.Parse(await _http.GetStringAsync($"/openapi/{document}.json", TestContext.Current.CancellationToken))!;
        var operation = json["paths"]![path]![method]!;

        Assert.Equal("bearer", (string?)json["components"]!["securitySchemes"]!["Bearer"]!["scheme"]);
        var requirement = Assert.Single(operation["security"]!.AsArray())!.AsObject();
        Assert.Equal(scheme is null ? [] : [scheme], requirement.Select(r => r.Key));
        var problemResponses = operation["responses"]!.AsObject().Where(r => r.Value!["content"]?["application/problem+json"] is not null);
        Assert.Equal(problems, string.Join(" ", problemResponses.Select(r => r.Key).Order()));
    }

    /// <summary>
    /// A stranger's tools read the documents as Redocly's recommended rules do (redocly.yaml): no error, e.g. every
    /// operation that needs a token says so and lists its problem responses. .ci/start-servers installs the pinned CLI
    /// (tools/redocly); without it the test skips, or fails where ONESTOP_REQUIRE_INFRA=1 (CI).
    /// </summary>
    [Fact]
    public async Task Every_document_passes_the_recommended_lint()
    {
        var root = RepositoryRoot();
        var redocly = Path.Combine(root, "tools", "redocly", "node_modules", ".bin", "redocly");
        if (!File.Exists(redocly))
        {
            var reason = $"{redocly} is not installed (.ci/start-servers installs it).";
            if (TestServers.Required)
                Assert.Fail($"{reason} ONESTOP_REQUIRE_INFRA=1 makes this a failure.");
            Assert.Skip(reason);
        }
        var folder = Directory.CreateTempSubdirectory("onestop-openapi-");
        try
        {
            foreach (var document in Documents)
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{document}.json"),
                    await _http.GetStringAsync($"/openapi/{document}.json", TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

            var start = new ProcessStartInfo(redocly) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])["lint", "--format=stylish", .. Documents.Select(d => Path.Combine(folder.FullName, $"{d}.json"))])
                start.ArgumentList.Add(arg);
            // No usage reports or update notices from a test run.
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var lint = Process.Start(start)!;
            var (output, error) = (lint.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken),
                lint.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            await lint.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.True(lint.ExitCode == 0, $"redocly lint: exit {lint.ExitCode}\n{await output}\n{await error}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
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
