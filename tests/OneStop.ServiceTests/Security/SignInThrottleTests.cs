using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OneStop.ServiceDefaults.Identity;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>
/// Password guessing at the front door: per user name (5 failures) and per address (20), each lock doubling from one
/// minute, audited and listed for administrators, released by one; the portal's form under the same rule; one count for
/// every replica. Real Kestrel, so that addresses are real; each test forwards from an address of its own (loopback is
/// the portal's network, whose X-Forwarded-For names the visitor).
/// </summary>
public sealed class SignInThrottleTests(KestrelServiceHost host) : IClassFixture<KestrelServiceHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_name_that_failed_five_times_is_locked_even_for_the_right_password_and_each_further_failure_doubles_the_lock()
    {
        for (var attempt = 0; attempt < 5; attempt++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(host, "lisi", "wrong", "198.51.100.1")).StatusCode);

        using var locked = await SignInAsync(host, "lisi", host.DemoPassword, "198.51.100.2");
        await AssertLockedAsync(locked, TimeSpan.FromMinutes(1));
        // Case and spaces make no other name.
        await AssertLockedAsync(await SignInAsync(host, " LiSi ", host.DemoPassword, "198.51.100.2"), TimeSpan.FromMinutes(1));

        host.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(host, "lisi", "wrong", "198.51.100.1")).StatusCode);
        await AssertLockedAsync(await SignInAsync(host, "lisi", host.DemoPassword, "198.51.100.2"), TimeSpan.FromMinutes(2));

        host.Clock.Advance(TimeSpan.FromSeconds(121));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(host, "lisi", host.DemoPassword, "198.51.100.2")).StatusCode);
        // The right password ended the count.
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(host, "lisi", "wrong", "198.51.100.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(host, "lisi", host.DemoPassword, "198.51.100.2")).StatusCode);
    }

    [Fact]
    public async Task An_address_that_failed_twenty_times_is_locked_for_every_user_name_and_other_addresses_are_not()
    {
        for (var attempt = 0; attempt < 20; attempt++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(host, $"guess-{attempt}", "wrong", "203.0.113.9")).StatusCode);

        await AssertLockedAsync(await SignInAsync(host, "regulator", host.DemoPassword, "203.0.113.9"), TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(host, "regulator", host.DemoPassword, "203.0.113.10")).StatusCode);
    }

    [Theory]
    [InlineData("/realms/onestop/protocol/openid-connect/token/")]
    [InlineData("/REALMS/onestop/protocol/openid-connect/Token")]
    public async Task The_token_path_however_spelt_is_under_the_same_count(string path)
    {
        var userName = $"spelt-{Guid.NewGuid():N}";
        for (var attempt = 0; attempt < 5; attempt++)
            await SignInAsync(host, userName, "wrong", "198.51.100.30", path);

        await AssertLockedAsync(await SignInAsync(host, userName, "wrong", "198.51.100.31"), TimeSpan.FromMinutes(1));
        await AssertLockedAsync(await SignInAsync(host, $" {userName.ToUpperInvariant()}\u0001", "wrong", "198.51.100.31", path), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Guesses_sent_all_at_once_reach_the_issuer_no_more_often_than_one_by_one()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => SignInAsync(host, "gas-supervisor", "wrong", "198.51.100.50")));

        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        Assert.Equal(35, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded; charset=\"utf-8", "grant_type=password&client_id=onestop-portal&username=gas-operator&password=x")]
    [InlineData("application/x-www-form-urlencoded", "grant_type=password&client_id=onestop-portal&username=gas-operator&username=other&password=x")]
    [InlineData("application/json", "{\"grant_type\":\"password\",\"username\":\"gas-operator\",\"password\":\"x\"}")]
    public async Task A_form_the_front_door_cannot_judge_reaches_no_issuer(string contentType, string body)
    {
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await host.ClientFor(null).PostAsync(ServiceAuthentication.TokenPath, content, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
        Assert.Equal("invalid_request", (string?)error["error"]);
        Bilingual.AssertIs((string?)error["error_description"]);
    }

    [Fact]
    public async Task A_lock_is_audited_listed_for_administrators_only_and_released_by_one()
    {
        for (var attempt = 0; attempt < 5; attempt++)
            await SignInAsync(host, "heat-operator", "wrong", "192.0.2.44");

        var lockouts = await host.ClientFor("admin").GetFromJsonAsync<JsonArray>("/api/sign-in/lockouts", Cancellation);
        var lockout = lockouts!.Select(l => l!.AsObject()).Single(l => (string?)l["key"] == "user:heat-operator");
        Assert.Equal(5, (int)lockout["failures"]!);
        Assert.True(DateTimeOffset.Parse((string)lockout["lockedUntil"]!) > host.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("heat-supervisor").GetAsync("/api/sign-in/lockouts", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.ClientFor(null).GetAsync("/api/sign-in/lockouts", Cancellation)).StatusCode);

        using var release = await host.ClientFor("admin").PostAsJsonAsync("/api/sign-in/lockouts/release", new { key = "user:heat-operator" }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, release.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(host, "heat-operator", host.DemoPassword, "192.0.2.44")).StatusCode);
        using var again = await host.ClientFor("admin").PostAsJsonAsync("/api/sign-in/lockouts/release", new { key = "user:heat-operator" }, Cancellation);
        await again.AssertProblemAsync(HttpStatusCode.NotFound);

        var audit = (await host.ClientFor("admin").GetFromJsonAsync<JsonObject>("/api/sign-in/audit?limit=500", Cancellation))!["entries"]!.AsArray()
            .Select(e => e!.AsObject()).Where(e => (string?)e["resource"] == "user:heat-operator").ToList();
        var locked = Assert.Single(audit, e => (string?)e["action"] == "sign-in.locked");
        Assert.Equal("192.0.2.44", (string?)locked["clientAddress"]);
        Assert.Equal(TokenEndpointClient, (string?)locked["clientId"]);
        var released = Assert.Single(audit, e => (string?)e["action"] == "sign-in.released");
        Assert.Equal("admin", (string?)released["actorName"]);
    }

    [Fact]
    public async Task The_portal_form_is_under_the_same_rule_and_says_when_to_try_again()
    {
        host.StartServer();
        var portal = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = host.ClientOptions.BaseAddress });
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await portal.PostSignInFormAsync("network-supervisor", "wrong");
            Assert.Contains("用户名或密码不正确", await wrong.Content.ReadAsStringAsync(Cancellation));
        }

        using var locked = await portal.PostSignInFormAsync("network-supervisor", host.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("已暂时锁定，请 1 分钟后再试", await locked.Content.ReadAsStringAsync(Cancellation));
        // The visitor's address, not the portal's, was counted: the same user name over the token endpoint is locked too.
        await AssertLockedAsync(await SignInAsync(host, "network-supervisor", host.DemoPassword, "198.51.100.200"), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Every_replica_counts_the_same_failures()
    {
        // A second host on the same data folder: the front door's database is the one both read and write.
        await using var replica = new ReplicaHost(host);
        if (replica.Clock.GetUtcNow() < host.Clock.GetUtcNow())
            replica.Clock.SetUtcNow(host.Clock.GetUtcNow());
        for (var attempt = 0; attempt < 3; attempt++)
            await SignInAsync(host, "water-supervisor", "wrong", "198.51.100.77");
        for (var attempt = 0; attempt < 2; attempt++)
            await SignInAsync(replica, "water-supervisor", "wrong", "198.51.100.78");

        await AssertLockedAsync(await SignInAsync(host, "water-supervisor", host.DemoPassword, "198.51.100.79"), TimeSpan.FromMinutes(1));
        await AssertLockedAsync(await SignInAsync(replica, "water-supervisor", host.DemoPassword, "198.51.100.79"), TimeSpan.FromMinutes(1));
    }

    private const string TokenEndpointClient = "onestop-portal";

    private static async Task<HttpResponseMessage> SignInAsync(ServiceHost target, string userName, string password, string forwardedFor,
        string path = ServiceAuthentication.TokenPath)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = TokenEndpointClient, ["username"] = userName, ["password"] = password,
            }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await target.ClientFor(null).SendAsync(request, Cancellation);
    }

    private static async Task AssertLockedAsync(HttpResponseMessage response, TimeSpan lockedFor)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            // Give or take the test clocks' drift (each read moves them on; a replica's clock is its own).
            Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, lockedFor - TimeSpan.FromSeconds(10), lockedFor + TimeSpan.FromSeconds(10));
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Cancellation))!;
            Assert.Equal("temporarily_unavailable", (string?)body["error"]);
            Bilingual.AssertIs((string?)body["error_description"]);
        }
    }

    private sealed class ReplicaHost(ServiceHost first) : KestrelServiceHost(first.DataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:DemoPassword", first.DemoPassword);
        }
    }
}
