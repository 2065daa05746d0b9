using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OneStop.Testing;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>
/// The portal in headless Chromium, as its users work: an applicant files one application for three utilities with
/// fetched certificates and an upload; the electricity operator accepts it and completes its last stage; the applicant's
/// open page shows the change without a reload; the operator reads the case's documents (a certificate as a card, the
/// upload in place and as a named file); the counter finds it by number; another utility's operator cannot see it and
/// gets the portal's "not found" page.
/// </summary>
public sealed class JointApplicationJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task From_the_applicants_form_through_the_operators_queue_and_back_live()
    {
        // The applicant: one form, three utilities, one set of documents; what it costs the applicant is counted.
        var filing = new Journey();
        var applicant = await filing.SignInAsync(() => portal.SignedInAsync("zhangsan"));
        await applicant.GotoAsync("/apply");
        foreach (var utility in new[] { "electricity", "water", "network" })
            await filing.CheckAsync(applicant.Locator($"input[name=utilities][value={utility}]"));
        await Browser.ScreenshotAsync(applicant, "apply-1-utilities");
        await Next(filing, applicant);
        await applicant.GetByLabel("手机号码").FillAsync("13800138000");
        await applicant.GetByLabel("详细地址").FillAsync("浙江省杭州市西湖区文三路100号");
        await applicant.GetByLabel("所在区县").SelectOptionAsync("330106");
        await Next(filing, applicant);
        await applicant.GetByLabel("用电容量").FillAsync("120");
        await filing.ChooseAsync(applicant.Locator("#utilities-electricity-usage"), "commercial");
        await applicant.GetByLabel("管径").FillAsync("25");
        await filing.ChooseAsync(applicant.Locator("#utilities-water-usage"), "commercial");
        await applicant.GetByLabel("带宽").FillAsync("500");
        await Next(filing, applicant);

        // Both certificates fetched with one click and approved, once checked, with another; the list uploaded as it is picked.
        await filing.ClickAsync(applicant.GetByRole(AriaRole.Button, new() { Name = "一键调取全部电子证照" }));
        await Expect(applicant.GetByText("请核对调取到的电子证照")).ToHaveCountAsync(2);
        await filing.ClickAsync(applicant.GetByRole(AriaRole.Button, new() { Name = "确认使用以上全部证照" }));
        foreach (var type in new[] { "resident-id", "property-certificate" })
            await Expect(applicant.Locator($"#documents-{type}")).ToContainTextAsync("已提供");
        await filing.PickFileAsync(applicant.Locator("#documents-load-list").GetByLabel("上传文件"),
            new FilePayload { Name = "用电设备清单.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf });
        await Expect(applicant.Locator("#documents-load-list")).ToContainTextAsync("用电设备清单.pdf");
        await Browser.ScreenshotAsync(applicant, "apply-4-documents");
        await Next(filing, applicant);
        await Browser.ScreenshotAsync(applicant, "apply-5-review");
        await filing.ClickAsync(applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }));
        await Expect(applicant.Locator("[data-application-number]")).ToBeVisibleAsync();
        await applicant.WaitForLoadStateAsync(LoadState.Load); // the receipt's load counted, whatever the timing
        // Kept beside the screenshots, for the README's figures.
        await File.WriteAllTextAsync(Path.Combine(Browser.ScreenshotDirectory, "journey-filing.txt"), $"Filing for three utilities: {filing}\n", TestContext.Current.CancellationToken);
        Assert.True(filing.Clicks <= 12, $"Filing for three utilities took {filing}; the portal promises at most 12 clicks");

        var number = await applicant.Locator("[data-application-number]").InnerTextAsync();
        Assert.Matches(@"^LH\d{18}$", number);
        await Browser.ScreenshotAsync(applicant, "receipt");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "查看进度" }).ClickAsync();
        await Expect(applicant.Locator("[data-utility=electricity] [data-status]")).ToHaveTextAsync("待受理");
        var applicationUrl = applicant.Url;
        await applicant.EvaluateAsync("() => window.stillTheSamePage = true");

        // The electricity company's operator: the queue, the case, acceptance and the last stage.
        var electricity = await portal.SignedInAsync("electricity-operator");
        await electricity.GotoAsync("/operator");
        await Browser.ScreenshotAsync(electricity, "operator-queue");
        await electricity.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        var caseUrl = electricity.Url;
        await electricity.GetByRole(AriaRole.Button, new() { Name = "受理申请" }).ClickAsync();
        await Expect(electricity.GetByRole(AriaRole.Status)).ToContainTextAsync("已受理");
        await electricity.GetByLabel("表号").FillAsync("3301061234567");
        await electricity.GetByLabel("送电时间").FillAsync(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm"));
        await Browser.ScreenshotAsync(electricity, "operator-case");
        await electricity.GetByRole(AriaRole.Button, new() { Name = "完成本环节" }).ClickAsync();
        await Expect(electricity.GetByRole(AriaRole.Status)).ToContainTextAsync("本环节已完成");

        // The case's documents: a fetched certificate as a card (masked for the operator), the upload in place and as a named file.
        await electricity.GetByRole(AriaRole.Link, new() { Name = "不动产权证书" }).ClickAsync();
        await Expect(electricity.Locator(".certificate")).ToContainTextAsync("发证机关杭州市规划和自然资源局");
        await Expect(electricity.Locator(".certificate")).ToContainTextAsync("坐落浙江省杭州市西湖区文三路100号");
        await Expect(electricity.Locator("main")).Not.ToContainTextAsync("{");
        await Browser.ScreenshotAsync(electricity, "document-certificate");
        await electricity.GetByRole(AriaRole.Link, new() { Name = "返回上一页" }).ClickAsync();
        await electricity.GetByRole(AriaRole.Link, new() { Name = "用电设备清单" }).ClickAsync();
        await Expect(electricity.Locator("object[type='application/pdf']")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(electricity, "document-upload");
        var download = await electricity.RunAndWaitForDownloadAsync(() => electricity.GetByRole(AriaRole.Link, new() { Name = "下载" }).ClickAsync());
        Assert.Equal("用电设备清单.pdf", download.SuggestedFilename);

        // The applicant's page, never reloaded, shows the connection.
        await Expect(applicant.Locator("[data-utility=electricity] [data-status]")).ToHaveTextAsync("已接通", new() { Timeout = 30_000 });
        Assert.True(await applicant.EvaluateAsync<bool>("() => window.stillTheSamePage === true"));
        Assert.Equal(applicationUrl, applicant.Url);
        await Expect(applicant.Locator(".track")).ToContainTextAsync("供电公司已接通");
        await Expect(applicant.Locator("[data-utility=electricity] [data-outcome=meterNumber]")).ToHaveTextAsync("3301061234567");
        await Browser.ScreenshotAsync(applicant, "progress");

        // The counter finds it by number.
        var clerk = await portal.SignedInAsync("clerk");
        await clerk.GotoAsync("/counter");
        await clerk.GetByLabel("按申请编号查找").FillAsync(number);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "查找" }).First.ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToContainTextAsync(number);
        await Browser.ScreenshotAsync(clerk, "counter");

        // The gas company's operator has no such case, and no such application in its queue.
        var gas = await portal.SignedInAsync("gas-operator");
        Assert.Equal(404, (await gas.GotoAsync(caseUrl))!.Status);
        await Expect(gas.Locator("h1")).ToHaveTextAsync("未找到");
        await Expect(gas.GetByRole(AriaRole.Link, new() { Name = "返回首页" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(gas, "error-not-found");
        Assert.Equal(404, (await gas.GotoAsync(applicationUrl))!.Status);
        await Expect(gas.Locator("h1")).ToHaveTextAsync("未找到");
        await gas.GotoAsync("/operator");
        await Expect(gas.GetByText(number)).ToHaveCountAsync(0);
    }

    private static Task Next(Journey journey, IPage page) => journey.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "下一步" }));
}
