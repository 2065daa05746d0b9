using System.Net;
using System.Text.RegularExpressions;

namespace OneStop.EndToEndTests;

/// <summary>
/// The portal as its own process behind the gateway: served at the gateway's root, signing in at the issuer through the
/// gateway, and calling the services through the gateway with the signed-in user's token.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PortalEndToEndTests(PlatformFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_gateway_serves_the_portal_whose_pages_reach_the_services_as_the_signed_in_user()
    {
        var platform = fixture.Platform;
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = platform.Gateway!.BaseAddress,
        };

        var home = await browser.GetStringAsync("/", Cancellation);
        Assert.Contains("电水气热网 一件事一次办", home);
        var guide = await browser.GetStringAsync("/guide?applicantType=individual&utilities=water", Cancellation);
        Assert.Contains("不动产权证书", guide);

        var form = await browser.GetStringAsync("/account/sign-in", Cancellation);
        using var signIn = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "electricity-operator", ["password"] = platform.DemoPassword, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }), Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var queue = await browser.GetAsync("/operator", Cancellation);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("待办队列", await queue.Content.ReadAsStringAsync(Cancellation));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
