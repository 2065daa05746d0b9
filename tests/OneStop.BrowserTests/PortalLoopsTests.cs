using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OneStop.Testing;
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
        await applicant.GetByLabel("附件").SetInputFilesAsync(new FilePayload { Name = "租赁合同.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf });
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
        // The document attached to the answer opens for the operator as a page.
        await network.Locator("#exchanges [data-attachments]").GetByRole(AriaRole.Link, new() { Name = "补正材料" }).ClickAsync();
        await Expect(network.Locator("object.document-view.pdf")).ToBeVisibleAsync();
        await network.GoBackAsync();
        await Expect(network.Locator("[data-clock-paused]")).ToHaveCountAsync(0);
        await Expect(network.GetByRole(AriaRole.Button, new() { Name = "受理申请" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(network, "operator-case-answered");
    }

    [Fact]
    public async Task A_high_voltage_customer_gives_its_promised_list_reads_its_supply_plan_and_has_its_works_accepted_on_one_visit()
    {
        var applicant = await portal.SignedInAsync("hz-tech");
        var number = await FileHighVoltageOnACommitmentAsync(applicant);
        await applicant.GetByRole(AriaRole.Link, new() { Name = "查看进度" }).ClickAsync();
        var progress = applicant.Url;

        // The survey before the supply plan: the applicant books the visit from its progress page.
        await applicant.Locator("[data-visit=survey]").GetByRole(AriaRole.Link, new() { Name = "预约上门时间" }).ClickAsync();
        var slot = applicant.Locator("#survey input[name=start]:checked");
        var visitStart = DateTimeOffset.Parse((await slot.GetAttributeAsync("value"))!);
        await Browser.ScreenshotAsync(applicant, "survey-booking");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Status).Filter(new() { HasText = "已预约联合踏勘" })).ToBeVisibleAsync();
        await Expect(applicant.Locator("[data-visit=survey] [data-visit-status]")).ToHaveTextAsync("已预约");

        // The supply plan waits for the promised list: its clock stands, and completing it is refused by name.
        var electricity = await portal.SignedInAsync("electricity-operator");
        await electricity.GotoAsync("/operator");
        await electricity.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        var caseUrl = electricity.Url;
        await electricity.GetByRole(AriaRole.Button, new() { Name = "受理申请" }).ClickAsync();
        await Expect(electricity.Locator("[data-clock-paused]")).ToContainTextAsync("等待申请人补交承诺的材料");

        // The applicant gives the list from its progress page; the operator hears of it and the clock runs.
        await Expect(applicant.Locator("[data-utility=electricity] [data-clock-paused]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await applicant.GotoAsync(progress);
        await applicant.GetByLabel("文件（PDF、JPEG、PNG）").SetInputFilesAsync(new FilePayload { Name = "设备清单.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf });
        await Expect(applicant.GetByRole(AriaRole.Status).Filter(new() { HasText = "材料已补交" })).ToBeVisibleAsync();
        await electricity.GotoAsync("/inbox");
        await electricity.Locator("article", new() { HasText = $"申请人已补交承诺的材料：{number}" })
            .GetByRole(AriaRole.Link, new() { Name = "查看申请" }).ClickAsync();
        Assert.Equal(caseUrl, electricity.Url);
        await Expect(electricity.Locator("[data-clock-paused]")).ToHaveCountAsync(0);
        await Expect(electricity.Locator("[data-visit=survey] [data-visit-time]")).Not.ToContainTextAsync("尚未预约");

        // The visit comes (the clock moves on to it; everyone signs in again): the surveyor records what it found.
        portal.Host.Clock.MoveTo(visitStart.AddMinutes(30));
        (electricity, applicant) = (await portal.SignedInAsync("electricity-operator"), await portal.SignedInAsync("hz-tech"));
        await electricity.GotoAsync(caseUrl);
        await electricity.GetByLabel("需要", new() { Exact = true }).CheckAsync();
        await electricity.GetByLabel("外线长度（米）").FillAsync("150");
        await electricity.GetByLabel("外线路由（经过的道路、绿地）").FillAsync("沿西溪路南侧人行道敷设电缆");
        await electricity.GetByLabel("开挖城市道路（住建城管）").CheckAsync();
        await electricity.GetByLabel("占用城市道路施工（公安交管）").CheckAsync();
        await electricity.GetByLabel("踏勘情况").FillAsync("需新建 10kV 电缆 150 米接入");
        await electricity.GetByRole(AriaRole.Button, new() { Name = "保存踏勘结果" }).ClickAsync();
        await Expect(electricity.GetByRole(AriaRole.Status)).ToContainTextAsync("踏勘结果已记录");
        await Expect(electricity.Locator("[data-findings]")).ToContainTextAsync("需外线工程约 150 米");
        await Browser.ScreenshotAsync(electricity, "operator-survey");
        await electricity.GetByLabel("供电电压").FillAsync("10kV");
        await electricity.GetByLabel("供电方案", new() { Exact = true }).FillAsync("单电源 10kV 专线接入，产权分界点设在用户红线处");
        await electricity.GetByRole(AriaRole.Button, new() { Name = "完成本环节" }).ClickAsync();
        await Expect(electricity.GetByRole(AriaRole.Status)).ToContainTextAsync("本环节已完成");

        // The applicant reads the survey and the plan, downloads the plan for its builder, and declares its works done.
        await applicant.GotoAsync(progress);
        await Expect(applicant.Locator("[data-visit=survey] [data-visit-utility=electricity]")).ToContainTextAsync("需外线工程约 150 米");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "查看供电方案" }).ClickAsync();
        await Expect(applicant.Locator("[data-plan]")).ToHaveTextAsync("单电源 10kV 专线接入，产权分界点设在用户红线处");
        await Expect(applicant.Locator("main")).ToContainTextAsync("高压供电方案一年");
        await Browser.ScreenshotAsync(applicant, "supply-plan");
        var pdf = await applicant.RunAndWaitForDownloadAsync(() => applicant.GetByRole(AriaRole.Link, new() { Name = "下载 PDF" }).ClickAsync());
        Assert.Equal($"供电方案-{number}.pdf", pdf.SuggestedFilename);
        await pdf.SaveAsAsync(Path.Combine(Browser.ScreenshotDirectory, "supply-plan.pdf"));
        await applicant.GetByRole(AriaRole.Link, new() { Name = "返回进度" }).ClickAsync();
        await applicant.GetByLabel("说明（选填）").FillAsync("配电房已建成 / the substation room is built");
        await applicant.GetByRole(AriaRole.Button, new() { Name = "申报竣工" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Status).Filter(new() { HasText = "已申报竣工" })).ToBeVisibleAsync();

        await electricity.GotoAsync("/inbox");
        await electricity.Locator("article", new() { HasText = $"客户已申报内部工程竣工：{number}" })
            .GetByRole(AriaRole.Link, new() { Name = "查看申请" }).ClickAsync();
        await Expect(electricity.Locator("#exchanges [data-answer]").Last).ToContainTextAsync("客户已申报内部工程竣工，说明：配电房已建成");
        await Browser.ScreenshotAsync(electricity, "operator-case-works-declared");

        // The cable digs up and occupies the road: one application went to both departments, which decide in parallel;
        // the inspection's clock stands meanwhile. One approves; the other asks for a correction, which the utility answers.
        await Expect(electricity.Locator("[data-clock-paused]")).ToContainTextAsync("外线工程正在联合审批");
        var urban = await portal.SignedInAsync("urban-management-approver");
        await urban.GotoAsync("/approvals");
        await urban.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        var approval = urban.Url;
        await Expect(urban.Locator("[data-review]")).ToHaveCountAsync(2);
        await urban.GetByLabel("准予许可").CheckAsync();
        await urban.GetByRole(AriaRole.Button, new() { Name = "提交决定" }).ClickAsync();
        await Expect(urban.GetByRole(AriaRole.Status)).ToContainTextAsync("审批决定已提交");
        var traffic = await portal.SignedInAsync("traffic-police-approver");
        await traffic.GotoAsync(approval);
        await traffic.GetByLabel("要求补正").CheckAsync();
        await traffic.GetByRole(AriaRole.Button, new() { Name = "提交决定" }).ClickAsync();
        await Expect(traffic.Locator("#reason-error")).ToBeVisibleAsync();
        await traffic.GetByLabel("要求补正").CheckAsync();
        await traffic.GetByLabel("意见（补正或不予许可须写明理由）").FillAsync("请补充占道施工交通组织方案");
        await traffic.GetByRole(AriaRole.Button, new() { Name = "提交决定" }).ClickAsync();
        await Expect(traffic.Locator("[data-review=trafficPolice]")).ToHaveAttributeAsync("data-review-status", "correctionRequested");

        await electricity.GotoAsync(caseUrl);
        await electricity.GetByRole(AriaRole.Link, new() { Name = "查看审批" }).ClickAsync();
        await electricity.GetByLabel("答复（代表同沟各单位）").FillAsync("已补充交通组织方案：夜间施工，半幅通行");
        await electricity.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Expect(electricity.GetByRole(AriaRole.Status)).ToContainTextAsync("补正答复已提交");

        await traffic.GotoAsync(approval);
        await Expect(traffic.Locator("[data-review=trafficPolice]")).ToContainTextAsync("请补充占道施工交通组织方案");
        await Expect(traffic.Locator("[data-review=trafficPolice]")).ToContainTextAsync("夜间施工");
        await traffic.GetByLabel("准予许可").CheckAsync();
        await traffic.GetByRole(AriaRole.Button, new() { Name = "提交决定" }).ClickAsync();
        await Expect(traffic.Locator("[data-approval-status]")).ToHaveAttributeAsync("data-approval-status", "approved");
        await Expect(traffic.Locator("[data-works-window]")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(traffic, "department-approval");

        // Approved, the case shows the works window; the inspection now waits for nothing but the joint acceptance's booking.
        await electricity.GotoAsync(caseUrl);
        await Expect(electricity.Locator("[data-works-approval]")).ToHaveAttributeAsync("data-works-approval", "approved", new() { Timeout = 30_000 });
        await Expect(electricity.Locator("[data-works-approval]")).ToContainTextAsync("施工时间");
        await Expect(electricity.Locator("[data-clock-paused]")).ToContainTextAsync("等待申请人预约联合上门");

        // The applicant books the acceptance as it booked the survey; at the visit the inspector records that the works passed.
        await applicant.GotoAsync(progress);
        await applicant.Locator("[data-visit=acceptance]").GetByRole(AriaRole.Link, new() { Name = "预约上门时间" }).ClickAsync();
        var inspectionStart = DateTimeOffset.Parse((await applicant.Locator("#acceptance input[name=start]:checked").GetAttributeAsync("value"))!);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "确认预约" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Status).Filter(new() { HasText = "已预约联合验收" })).ToBeVisibleAsync();
        portal.Host.Clock.MoveTo(inspectionStart.AddMinutes(30));
        electricity = await portal.SignedInAsync("electricity-operator");
        await electricity.GotoAsync(caseUrl);
        await electricity.GetByLabel("合格", new() { Exact = true }).CheckAsync();
        await electricity.GetByLabel("验收情况或需整改的问题").FillAsync("配电房及高压设备验收合格");
        await electricity.GetByRole(AriaRole.Button, new() { Name = "保存验收结果" }).ClickAsync();
        await Expect(electricity.Locator("[data-acceptance]")).ToHaveAttributeAsync("data-acceptance", "passed");
        await Expect(electricity.Locator("[data-clock-paused]")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(electricity, "operator-acceptance");
    }

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Water_accepts_the_finished_works_on_a_photo_and_a_video_the_applicant_uploads_from_its_progress_page()
    {
        // Filed, surveyed and declared through the API: what the browser is for here is the remote acceptance.
        var tokens = new DemoTokens(portal.Host.Address, portal.Host.DemoPassword);
        var api = new PublicApiClient(new HttpClient { BaseAddress = portal.Host.Address }, tokens);
        // 李四, whom the other journeys here do not use: its wallet is its own.
        var body = SampleApplications.Body("water");
        body["applicant"] = new JsonObject
        {
            ["type"] = "individual", ["name"] = "李四", ["idNumber"] = "330106198506152340", ["contactName"] = "李四", ["phone"] = "13900139000",
        };
        var id = (await api.SubmitAsync(body, cancellationToken: TestContext.Current.CancellationToken)).Id;
        var filed = await Poll.UntilAsync(() => api.GetAsync(id), a => ApplicationView.Visit(a, "survey")?["status"]?.GetValue<string>() == "awaitingBooking"
            && ApplicationView.Utility(a, "water")["utilityApplicationId"] is not null, Settle);
        var waterCase = $"/api/water/applications/{ApplicationView.CaseId(filed, "water")}";
        var slots = await api.GetJsonAsync<JsonArray>($"/api/intake/applications/{id}/visits/survey/slots", PublicApiClient.Clerk,
            TestContext.Current.CancellationToken);
        var start = DateTimeOffset.Parse((string)slots[0]!["start"]!);
        await api.PostAsync($"/api/intake/applications/{id}/visits/survey/booking", PublicApiClient.Clerk, new { start });
        portal.Host.Clock.MoveTo(start.AddMinutes(30));
        tokens.Forget();
        await Poll.UntilAsync(() => api.GetJsonAsync<JsonObject>(waterCase, "water-operator"), c => c["visits"]!.AsArray().Count == 1, Settle);
        await api.PostAsync($"{waterCase}/survey", "water-operator", new { externalWorksNeeded = false, findings = "具备接水条件" });
        await Poll.UntilAsync(() => api.GetJsonAsync<JsonObject>(waterCase, "water-operator"), c => c["visits"]![0]!["completedAt"] is not null, Settle);
        await api.PostAsync($"{waterCase}/accept", "water-operator", new { });
        await Poll.UntilAsync(() => api.GetAsync(id), a => (bool)ApplicationView.Utility(a, "water")["awaitingWorksDeclaration"]!, Settle);
        await api.PostAsync($"/api/intake/applications/{id}/utilities/water/customer-works", "lisi", new { note = "水表箱已安装" }, HttpStatusCode.Accepted);
        await Poll.UntilAsync(() => api.GetAsync(id), a => ApplicationView.Visit(a, "acceptance")?["status"]?.GetValue<string>() == "awaitingBooking", Settle);

        // The applicant films the pipe run and photographs the meter box, and gives both instead of booking a visit.
        var applicant = await portal.SignedInAsync("lisi");
        await applicant.GotoAsync($"/applications/{id}");
        await applicant.GetByLabel(new System.Text.RegularExpressions.Regex("^竣工照片或视频")).SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "水表箱.jpg", MimeType = "image/jpeg", Buffer = SampleFiles.Jpeg },
            new FilePayload { Name = "管道走向.mp4", MimeType = "video/mp4", Buffer = SampleFiles.Mp4 },
        });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交云验收" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Status).Filter(new() { HasText = "照片、视频已提交" })).ToBeVisibleAsync();
        await Expect(applicant.Locator("[data-visit=acceptance] [data-visit-time]")).ToContainTextAsync("云验收");

        // The inspector opens both from the case page — the photo shown, the video played in the page — and records that
        // the works passed without going there.
        var water = await portal.SignedInAsync("water-operator");
        var caseUrl = $"/operator/cases/{ApplicationView.CaseId(filed, "water")}";
        await water.GotoAsync(caseUrl);
        var evidence = water.Locator("[data-evidence] a");
        await Expect(evidence).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        var shown = new List<string>();
        foreach (var link in await Task.WhenAll((await evidence.AllAsync()).Select(link => link.GetAttributeAsync("href"))))
        {
            await water.GotoAsync(link!);
            var media = water.Locator(".document-view img, video.document-view");
            await Expect(media).ToHaveCountAsync(1);
            var response = await water.APIRequest.GetAsync((await media.GetAttributeAsync("src"))!);
            shown.Add($"{await media.EvaluateAsync<string>("e => e.tagName")} {response.Headers["content-type"]}");
        }
        Assert.Equal(["IMG image/jpeg", "VIDEO video/mp4"], shown.Order());
        await water.GotoAsync(caseUrl);
        await water.GetByLabel("合格", new() { Exact = true }).CheckAsync();
        await water.GetByLabel("验收情况或需整改的问题").FillAsync("视频显示管道走向与表箱安装符合规范");
        await water.GetByRole(AriaRole.Button, new() { Name = "保存验收结果" }).ClickAsync();
        await Expect(water.Locator("[data-acceptance]")).ToHaveAttributeAsync("data-acceptance", "passed");
        await Browser.ScreenshotAsync(water, "operator-remote-acceptance");
    }

    /// <summary>800 kW for the signed-in enterprise: certificates fetched, the site plan uploaded, the load list on a 容缺 commitment.</summary>
    private static async Task<string> FileHighVoltageOnACommitmentAsync(IPage page)
    {
        await page.GotoAsync("/apply");
        await page.Locator("input[name=utilities][value=electricity]").CheckAsync();
        await Next(page);
        await page.GetByLabel("联系人").FillAsync("王经理");
        await page.GetByLabel("手机号码").FillAsync("13800138000");
        await page.GetByLabel("详细地址").FillAsync("浙江省杭州市西湖区西溪路 88 号");
        await page.GetByLabel("所在区县").SelectOptionAsync("330106");
        await Next(page);
        await page.GetByLabel("用电容量").FillAsync("800");
        await page.Locator("#utilities-electricity-usage").SelectOptionAsync("industrial");
        await Next(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "一键调取全部电子证照" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认使用以上全部证照" }).ClickAsync();
        await page.Locator("#documents-site-plan").GetByLabel("上传文件")
            .SetInputFilesAsync(new FilePayload { Name = "总平面图.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf });
        await Expect(page.Locator("#documents-site-plan")).ToContainTextAsync("总平面图.pdf");
        var list = page.Locator("#documents-load-list");
        await list.GetByText("暂时没有？").ClickAsync();
        await list.GetByRole(AriaRole.Button, new() { Name = "签署承诺" }).ClickAsync();
        await Expect(page.Locator("#documents-load-list")).ToContainTextAsync("容缺承诺");
        await Next(page);
        await Expect(page.Locator("main")).ToContainTextAsync("用电设备清单：容缺承诺");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        return await page.Locator("[data-application-number]").InnerTextAsync();
    }

    /// <summary>Broadband for the signed-in resident: its identity card fetched from the certificate service; the receipt's number.</summary>
    private static async Task<string> FileForBroadbandAsync(IPage page)
    {
        await page.GotoAsync("/apply");
        await page.Locator("input[name=utilities][value=network]").CheckAsync();
        await Next(page);
        await page.GetByLabel("手机号码").FillAsync("13800138000");
        await page.GetByLabel("详细地址").FillAsync("浙江省杭州市西湖区文三路100号");
        await page.GetByLabel("所在区县").SelectOptionAsync("330106");
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
