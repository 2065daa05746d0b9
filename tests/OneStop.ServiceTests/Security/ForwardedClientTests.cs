using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// The client address the audit log records: a client's own X-Forwarded-For is ignored at a front door; behind a trusted
/// proxy, the address that proxy saw (the header's last entry) is recorded, never an earlier one a client could write.
/// Real Kestrel: the connection's address is what is judged.
/// </summary>
public sealed class ForwardedClientTests
{
    private const string ForgedChain = "203.0.113.7, 10.0.0.2";

    [Fact]
    public async Task A_front_door_records_the_connections_address_whatever_the_client_forwards()
    {
        await using var host = new KestrelServiceHost();

        Assert.Equal("127.0.0.1", await RecordedAddressAsync(host));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_address_the_proxy_saw_is_recorded()
    {
        await using var host = new BehindTrustedProxyHost();

        Assert.Equal("10.0.0.2", await RecordedAddressAsync(host));
    }

    private static async Task<string?> RecordedAddressAsync(ServiceHost host)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications/search")
        {
            Content = JsonContent.Create(new { idNumber = "33010619900101123X" }),
        };
        request.Headers.Add("X-Forwarded-For", ForgedChain);
        using var search = await host.ClientFor("clerk").SendAsync(request, cancellation);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        var log = (await host.ClientFor("admin").GetFromJsonAsync<JsonObject>("/api/intake/audit?limit=10", cancellation))!;
        var entry = log["entries"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["action"] == "application.search-by-id-number");
        return (string?)entry["clientAddress"];
    }

    private sealed class BehindTrustedProxyHost : KestrelServiceHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:TrustedNetworks:0", "127.0.0.1/32");
        }
    }
}
