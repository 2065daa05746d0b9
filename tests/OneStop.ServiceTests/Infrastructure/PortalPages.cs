using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>What every portal failure must be: a page of the shared layout, with its status code and a way home, never a stack trace.</summary>
public static class PortalPages
{
    /// <summary>The page in <paramref name="language"/> ("zh", or "en" as the language switch's cookie chooses).</summary>
    public static async Task<string> AssertFailurePageAsync(this HttpResponseMessage response, HttpStatusCode status, string heading, string language = "zh")
    {
        var lang = language == "en" ? "en" : "zh-CN";
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains("<header class=\"site\">", html);
        Assert.Contains($"<h1 id=\"failure-heading\">{heading}</h1>", html);
        Assert.Contains($"<li><a class=\"button", html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at OneStop.", html);
        return html;
    }

    /// <summary>A portal visitor, signed in as <paramref name="user"/> (or anonymous), who chose <paramref name="language"/>; redirects not followed.</summary>
    public static async Task<HttpClient> PortalVisitorAsync(this ServiceHost host, string? user, string language = "zh")
    {
        var client = user is null ? host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) : await host.PortalClientAsync(user);
        if (language == "en")
            await client.InEnglishAsync();
        return client;
    }

    /// <summary>Switches a visitor to English (the language switch's cookie).</summary>
    public static async Task InEnglishAsync(this HttpClient client)
    {
        using var switched = await client.GetAsync("/portal/language?to=en&back=/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }
}
