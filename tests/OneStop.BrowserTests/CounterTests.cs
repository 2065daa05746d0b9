using Microsoft.Playwright;
using OneStop.Testing;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>At the counter: a clerk files for a walk-in enterprise, with its certificates and an upload, and prints the receipt.</summary>
public sealed class CounterTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_clerk_files_for_a_walk_in_enterprise_and_gets_a_printable_receipt()
    {
        var clerk = await portal.SignedInAsync("clerk");
        await clerk.GotoAsync("/apply");
        await clerk.GetByLabel("企业").CheckAsync();
        await clerk.Locator("input[name=utilities][value=gas]").CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await clerk.GetByLabel("企业名称").FillAsync("杭州示例科技有限公司");
        await clerk.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y43");
        await clerk.GetByLabel("联系人").FillAsync("张三");
        await clerk.GetByLabel("手机号码").FillAsync("13800138000");
        await clerk.GetByLabel("详细地址").FillAsync("浙江省杭州市西湖区文三路100号");
        await clerk.GetByLabel("所在区县").SelectOptionAsync("330106");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await clerk.GetByLabel("高峰用气量").FillAsync("12");
        await clerk.Locator("#utilities-gas-usage").SelectOptionAsync("commercial");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();

        // The walk-in enterprise's certificates, fetched with its credit code and approved at the counter; its appliance list uploaded.
        await Expect(clerk.Locator("#documents-business-licence")).ToBeVisibleAsync();
        foreach (var type in new[] { "business-licence", "property-certificate" })
        {
            var section = clerk.Locator($"#documents-{type}");
            if (await section.GetByText("已提供").CountAsync() > 0)
                continue;
            await section.GetByRole(AriaRole.Button, new() { Name = "调取电子证照" }).ClickAsync();
            await clerk.Locator($"#documents-{type}").GetByRole(AriaRole.Button, new() { Name = "确认使用此证照" }).ClickAsync();
            await Expect(clerk.Locator($"#documents-{type}")).ToContainTextAsync("已提供");
        }
        var appliances = clerk.Locator("#documents-gas-appliance-list");
        await appliances.GetByLabel("上传文件").SetInputFilesAsync(new FilePayload { Name = "用气设备清单.jpg", MimeType = "image/jpeg", Buffer = SampleFiles.Jpeg });
        await Expect(clerk.Locator("#documents-gas-appliance-list")).ToContainTextAsync("用气设备清单.jpg");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await Expect(clerk.Locator("[data-application-number]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^LH\d{18}$"));
        await Expect(clerk.Locator(".receipt")).ToContainTextAsync("91350100M000100Y43");
        await Expect(clerk.GetByRole(AriaRole.Button, new() { Name = "打印回执" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(clerk, "counter-receipt");
    }
}
