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
        var form = await client.GetStringAsync("/account/sign-in", TestContext.Current.CancellationToken);
        var token = AntiForgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = host.DemoPassword, ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
