using Microsoft.Playwright;
using OneStop.Testing;

namespace OneStop.BrowserTests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (its own browser downloads are blocked here). Without Chromium the
/// tests skip with the reason; where ONESTOP_REQUIRE_INFRA=1 (CI), they fail.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
            return;
        // The portal refreshes live parts every few seconds, and a cold all-in-one host on two cores is slow at first.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies: one user), at a phone's or a counter PC's width.</summary>
    public async Task<IPage> NewPageAsync(Uri portal, int width = 1280, int height = 900)
    {
        if (_browser is null)
        {
            var reason = $"Chromium is not installed at {Chromium} (apt-get install chromium; .ci/start-servers does)";
            if (TestServers.Required)
                Assert.Fail(reason);
            Assert.Skip(reason);
        }
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
