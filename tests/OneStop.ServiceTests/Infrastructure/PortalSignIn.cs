using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>A portal visitor: a client that keeps the portal's cookie, signed in through the portal's own form.</summary>
public static partial class PortalSignIn
{
    public static async Task<HttpClient> PortalClientAsync(this ServiceHost host, string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await host.SignInAsync(client, userName);
        return client;
    }

    /// <summary>Signs in through the portal's own form (anti-forgery token and all); the client keeps the cookie.</summary>
    public static async Task SignInAsync(this ServiceHost host, HttpClient client, string userName)
    {
        using var response = await client.PostSignInFormAsync(userName, host.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The portal's sign-in form, filled in and sent as a browser would; the answer as it comes.</summary>
    public static async Task<HttpResponseMessage> PostSignInFormAsync(this HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/account/sign-in", TestContext.Current.CancellationToken);
        var token = AntiForgeryTokenIn(form);
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
    }

    /// <summary>The anti-forgery token of the first form on a portal page, or empty if it has none.</summary>
    public static string AntiForgeryTokenIn(string html) => AntiForgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
