using System.Collections.Concurrent;
using OneStop.Contracts.Documents;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Intake.Documents;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Documents;

/// <summary>
/// Intake against a government data-sharing service over real HTTP: a fake service on a local port that checks the
/// platform's signature and answers as the real one would, succeeds, knows nobody, or fails.
/// </summary>
public sealed class DataSharingServiceTests(DataSharingServiceTests.FakeServiceHost host) : IClassFixture<DataSharingServiceTests.FakeServiceHost>
{
    private const string AppId = "onestop-test";
    private const string AppSecret = "test-only-secret-not-a-real-one";

    public sealed class FakeServiceHost : ServiceHost, IAsyncLifetime
    {
        private WebApplication? _service;

        public ConcurrentQueue<(string AppId, string Body, bool SignatureValid)> Requests { get; } = new();

        /// <summary>While set, the service answers every query with 500.</summary>
        public bool Failing { get; set; }

        public async ValueTask InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _service = builder.Build();
            _service.MapPost("/gov/certificates/query", async (HttpRequest request) =>
            {
                var body = await new StreamReader(request.Body).ReadToEndAsync();
                var (appId, timestamp) = (request.Headers["X-App-Id"].ToString(), request.Headers["X-Timestamp"].ToString());
                // The documented signature, computed here independently of the client's code.
                var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), Encoding.UTF8.GetBytes($"{appId}\n{timestamp}\n{body}")));
                var valid = request.Headers["X-Signature"] == expected && long.TryParse(timestamp, out _);
                Requests.Enqueue((appId, body, valid));
                var query = JsonDocument.Parse(body).RootElement;
                if (Failing || !valid)
                    return Results.StatusCode(valid ? 500 : 401);
                return query.GetProperty("holderId").GetString() == "330106199212125675"
                    ? Results.Json(new CertificateRecord("resident-id", "330106199212125675", "钱七", "330106199212125675", "杭州市公安局西湖分局",
                        new DateOnly(2022, 1, 1), new DateOnly(2042, 1, 1), new() { ["住址 address"] = "杭州市西湖区" }), JsonSerializerOptions.Web)
                    : Results.NotFound();
            });
            await _service.StartAsync();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var address = _service!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            builder.UseSetting("Certificates:Endpoint", $"{address}/gov/");
            builder.UseSetting("Certificates:AppId", AppId);
            builder.UseSetting("Certificates:AppSecret", AppSecret);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (_service is not null)
                await _service.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_certificate_comes_from_the_service_in_a_signed_request_with_the_number_in_the_body()
    {
        using var response = await host.ClientFor("clerk").FetchCertificateAsync("resident-id", "330106199212125675");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("钱七", (string?)(await response.JsonAsync())["certificate"]!["holderName"]);
        Assert.Contains(host.Requests, r => r.AppId == AppId && r.SignatureValid && r.Body.Contains("\"holderId\":\"330106199212125675\""));
    }

    [Fact]
    public async Task A_holder_the_service_does_not_know_is_a_404()
    {
        using var response = await host.ClientFor("clerk").FetchCertificateAsync("resident-id", "110101199003070011");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_failing_service_is_a_503_that_keeps_nothing()
    {
        host.Failing = true;
        try
        {
            using var response = await host.ClientFor("clerk").FetchCertificateAsync("property-certificate", "330106199212125675");
            Bilingual.AssertIs((string?)(await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable))["title"]);
        }
        finally
        {
            host.Failing = false;
        }
    }
}
