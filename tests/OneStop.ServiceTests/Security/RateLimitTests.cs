using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Security;

/// <summary>Submissions are limited per signed-in user and per client address, on a real server (real client addresses).</summary>
public sealed class RateLimitTests(RateLimitTests.LimitedHost host) : IClassFixture<RateLimitTests.LimitedHost>
{
    [Fact]
    public async Task Submissions_beyond_the_limits_get_429_with_retry_after_and_other_requests_pass()
    {
        var cancellation = TestContext.Current.CancellationToken;
        async Task<HttpResponseMessage> SubmitAsync(string user, string idNumber) =>
            await host.ClientFor(user).FileAsync(SecuredHost.ApplicationOf(idNumber, "gas"), clerk: false, cancellation);

        Assert.Equal(HttpStatusCode.Accepted, (await SubmitAsync(SecuredHost.Owner, SecuredHost.OwnerIdNumber)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await SubmitAsync(SecuredHost.Owner, SecuredHost.OwnerIdNumber)).StatusCode);
        using var perUser = await SubmitAsync(SecuredHost.Owner, SecuredHost.OwnerIdNumber);
        var problem = await perUser.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Bilingual.AssertIs((string?)problem["title"]);
        Assert.InRange(perUser.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        // Another user from the same address still has the address's last permit, then meets the address limit.
        Assert.Equal(HttpStatusCode.Accepted, (await SubmitAsync(SecuredHost.OtherApplicant, SecuredHost.OtherIdNumber)).StatusCode);
        using var perAddress = await SubmitAsync(SecuredHost.OtherApplicant, SecuredHost.OtherIdNumber);
        await perAddress.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(perAddress.Headers.RetryAfter);

        using var read = await host.ClientFor(SecuredHost.Owner).GetAsync(OneStopApi.ApplicationsPath, cancellation);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    public sealed class LimitedHost : KestrelServiceHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:Submission:PerUserPerMinute", "2");
            builder.UseSetting("RateLimiting:Submission:PerAddressPerMinute", "3");
        }
    }
}
