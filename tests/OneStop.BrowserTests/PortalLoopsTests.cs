using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OneStop.BrowserTests;

/// <summary>
/// Every request between the parties closes on both sides: the operator asks for a correction, the applicant answers from
/// the live progress page, and the operator finds the answer in its inbox and on the case page. A supervisor reads the
/// same case with no actions it may not take.
/// </summary>
public sealed class PortalLoopsTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Needed = "请补充房屋租赁合同 / please add the tenancy agreement";
    private const string Answered = "租赁合同已通过窗口补交 / the tenancy agreement was handed in at the counter";

    [Fact]
    public async Task A_correction_is_asked_answered_and_read_on_both_sides()
    {
        // The operator's queue is open, told of changes by push; the new application appears in it without a reload.
        var network = await portal.SignedInAsync("network-operator");
        await network.GotoAsync("/operator");
        await Expect(network.Locator("[data-live][data-streaming]")).ToHaveCountAsync(1);
        var applicant = await portal.SignedInAsync("zhangsan");
        var number = await FileForBroadbandAsync(applicant);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "查看进度" }).ClickAsync();
        await Expect(applicant.Locator("[data-live][data-streaming]")).ToHaveCountAsync(1);
        var progress = applicant.Url;

        // The operator claims the case (客户经理) and asks.
        await network.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        var caseUrl = network.Url;
        await network.GetByRole(AriaRole.Button, new() { Name = "认领此申请" }).ClickAsync();
        await Expect(network.Locator("[data-manager]")).ToContainTextAsync("通信运营商经办人");
        await network.GetByLabel("需要申请人补正的内容").FillAsync(Needed);
        await network.GetByRole(AriaRole.Button, new() { Name = "发起补正（计时暂停）" }).ClickAsync();
        await Expect(network.Locator("[data-clock-paused]")).ToContainTextAsync("等待申请人答复补正");
        await Expect(network.Locator("#exchanges")).ToContainTextAsync("尚待申请人答复");

        // A supervisor reads the case: no buttons that would answer "无权操作".
        var supervisor = await portal.SignedInAsync("network-supervisor");
        await supervisor.GotoAsync(caseUrl);
        await Expect(supervisor.Locator("#exchanges")).ToContainTextAsync("请补充房屋租赁合同");
        await Expect(supervisor.GetByRole(AriaRole.Button, new() { NameRegex = new("受理|补正|驳回|完成|认领") })).ToHaveCountAsync(0);
        await Expect(supervisor.GetByLabel("经办人")).ToHaveValueAsync("network-operator");
        await Browser.ScreenshotAsync(supervisor, "supervisor-case");

        // The applicant's open page brings the request in; its link opens the answer form.
        Assert.Equal(progress, applicant.Url);
        var answerLink = applicant.Locator("[data-utility=network]").GetByRole(AriaRole.Link, new() { Name = "去答复" });
        await Expect(answerLink).ToBeVisibleAsync();
        await Expect(applicant.Locator("[data-utility=network] [data-clock-paused]")).ToContainTextAsync("等待您答复补正");
        await Expect(applicant.Locator("[data-utility=network] [data-manager]")).ToContainTextAsync("通信运营商经办人");
        await answerLink.ClickAsync();
        await applicant.GetByLabel("补正内容").FillAsync(Answered);
        await Browser.ScreenshotAsync(applicant, "answer-correction");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Status)).ToContainTextAsync("补正已提交");

        // The operator hears of it in the inbox, which leads to its own case page, where the answer is.
        await network.GotoAsync("/inbox");
        var message = network.Locator("article", new() { HasText = $"申请人已答复补正：{number}" });
        await Expect(message).ToBeVisibleAsync();
        await message.GetByRole(AriaRole.Link, new() { Name = "查看申请" }).ClickAsync();
        Assert.Equal(caseUrl, network.Url);
        await Expect(network.Locator("#exchanges [data-answer]")).ToContainTextAsync("申请人答复：租赁合同已通过窗口补交");
        await Expect(network.Locator("[data-clock-paused]")).ToHaveCountAsync(0);
        await Expect(network.GetByRole(AriaRole.Button, new() { Name = "受理申请" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(network, "operator-case-answered");
    }

    /// <summary>Broadband for the signed-in resident: its identity card fetched from the certificate service; the receipt's number.</summary>
    private static async Task<string> FileForBroadbandAsync(IPage page)
    {
        await page.GotoAsync("/apply");
        await page.Locator("input[name=utilities][value=network]").CheckAsync();
        await Next(page);
        await page.GetByLabel("手机号码").FillAsync("13800138000");
        await page.GetByLabel("详细地址").FillAsync("浙江省杭州市西湖区文三路100号");
        await page.GetByLabel("行政区划代码").FillAsync("330106");
        await Next(page);
        await page.GetByLabel("带宽").FillAsync("300");
        await Next(page);
        var identity = page.Locator("#documents-resident-id");
        await identity.GetByRole(AriaRole.Button, new() { Name = "调取电子证照" }).ClickAsync();
        await page.Locator("#documents-resident-id").GetByRole(AriaRole.Button, new() { Name = "确认使用此证照" }).ClickAsync();
        await Expect(page.Locator("#documents-resident-id")).ToContainTextAsync("已提供");
        await Next(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        return await page.Locator("[data-application-number]").InnerTextAsync();
    }

    private static Task Next(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
}
