using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>
/// The portal on a 375 px phone: every main page passes axe-core's accessibility rules (labels, contrast, landmarks,
/// names) without a serious or critical violation and fits the screen; the API's field errors appear next to their
/// field in the visitor's language with nothing typed lost; the keyboard reaches the content first; English is a click away.
/// </summary>
public sealed class PortalQualityTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const int PhoneWidth = 375;

    [Fact]
    public async Task An_applicant_on_a_phone_gets_accessible_pages_that_fit_and_errors_next_to_their_fields()
    {
        var page = await portal.SignedInAsync("lisi", PhoneWidth);
        await CheckAsync(page, "/", "home");
        await CheckAsync(page, "/guide?applicantType=individual&utilities=electricity&utilities=water&capacityKw=8&electricityUsage=residential&pipeDiameterMm=20", "guide");
        // The estimate, computed from the published schedules: electricity free by the low-voltage rule, water by its diameter.
        await Expect(page.Locator("main")).ToContainTextAsync("免费（三零服务）");
        await Expect(page.Locator("main")).ToContainTextAsync("¥1,600.00");
        await Expect(page.Locator("main")).ToContainTextAsync("发改能源规〔2020〕1479号");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看工作日历（放假与调休安排及其依据）" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("年工作日历");
        await CheckAsync(page, null, "calendar");
        await CheckAsync(page, "/calendar/2027", "calendar-provisional");
        await Expect(page.Locator("main")).ToContainTextAsync("暂按法定节假日计算，国务院公布安排后自动更新");

        await page.GotoAsync("/apply");
        await page.Locator("input[name=utilities][value=gas]").CheckAsync();
        await CheckAsync(page, null, "apply-1-utilities");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        // A phone number only the service's check refuses: the form goes on, and the error comes back at submission.
        await page.GetByLabel("手机号码").FillAsync("12345");
        await page.GetByLabel("详细地址").FillAsync("浙江省杭州市西湖区教工路18号");
        await page.GetByLabel("所在区县").SelectOptionAsync("330106");
        await CheckAsync(page, null, "apply-2-details");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.GetByLabel("高峰用气量").FillAsync("2.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        foreach (var type in new[] { "resident-id", "property-certificate" })
        {
            await page.Locator($"#documents-{type}").GetByRole(AriaRole.Button, new() { Name = "调取电子证照" }).ClickAsync();
            await page.Locator($"#documents-{type}").GetByRole(AriaRole.Button, new() { Name = "确认使用此证照" }).ClickAsync();
            await Expect(page.Locator($"#documents-{type}")).ToContainTextAsync("已提供");
        }
        await CheckAsync(page, null, "apply-4-documents");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        var phone = page.GetByLabel("手机号码");
        await Expect(page.Locator("#applicant-phone-error")).ToHaveTextAsync("不是有效的手机号码");
        await Expect(phone).ToHaveValueAsync("12345");
        await Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("详细地址")).ToHaveValueAsync("浙江省杭州市西湖区教工路18号");
        await CheckAsync(page, null, "apply-error");
        await phone.FillAsync("13900139000");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await CheckAsync(page, null, "receipt");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看进度" }).ClickAsync();
        await CheckAsync(page, null, "progress");
        await CheckAsync(page, "/applications", "my-applications");
        await CheckAsync(page, "/inbox", "inbox");
    }

    [Fact]
    public async Task Staff_pages_are_accessible_and_fit_a_phone_too()
    {
        var clerk = await portal.SignedInAsync("clerk", PhoneWidth);
        await CheckAsync(clerk, "/counter", "counter");
        var operatorPage = await portal.SignedInAsync("gas-operator", PhoneWidth);
        await CheckAsync(operatorPage, "/operator", "operator-queue");
        await CheckAsync(operatorPage, $"/operator/cases/{Guid.NewGuid()}", "error-not-found");
        var anonymous = await portal.Browser.NewPageAsync(portal.Host.Address, PhoneWidth);
        await CheckAsync(anonymous, "/account/sign-in", "sign-in");
    }

    [Fact]
    public async Task The_keyboard_reaches_the_content_first_and_english_is_one_click_away()
    {
        var page = await portal.Browser.NewPageAsync(portal.Host.Address);
        await page.GotoAsync("/guide");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("跳到主要内容");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(":focus")).ToHaveIdAsync("main");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Service guide");
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("办事指南");
    }

    /// <summary>Opens the page (unless already there), then: no serious or critical axe violation, and nothing wider than the screen.</summary>
    private static async Task CheckAsync(IPage page, string? path, string name)
    {
        if (path is not null)
            await page.GotoAsync(path);
        await Browser.ScreenshotAsync(page, $"phone-{name}");
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
        Assert.True(!serious.Any(), $"{name}: {string.Join("\n", serious)}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{name} is {overflow} px wider than the screen");
    }
}
