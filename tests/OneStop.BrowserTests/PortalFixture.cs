using Microsoft.Playwright;

namespace OneStop.BrowserTests;

/// <summary>One all-in-one host and one browser for the browser tests, with the steps every test takes: signing in.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public PortalHost Host { get; } = new();
    public Browser Browser { get; } = new();

    public ValueTask InitializeAsync() => Browser.InitializeAsync();

    /// <summary>A page signed in as a demo account.</summary>
    public async Task<IPage> SignedInAsync(string userName, int width = 1280)
    {
        var page = await Browser.NewPageAsync(Host.Address, width);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Host.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^退出") })).ToBeVisibleAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Host.DisposeAsync();
    }
}
