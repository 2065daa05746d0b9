using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Testing;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Workflow;

/// <summary>
/// 联合验收 in process: once the customer has declared its works to every utility that inspects them, one visit is booked
/// for all; each records passed or not; works that did not pass become that utility's correction, inspected again by it
/// alone, while the others go on to connect. Or remotely (云验收): photos instead of the visit, where the utility allows it.
/// </summary>
public sealed class JointAcceptanceTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly string[] Inspecting = ["electricity", "gas", "water"];
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task High_voltage_water_and_gas_are_inspected_on_one_visit_and_gas_failing_once_is_inspected_again_alone()
    {
        host.Clock.AdjustTime(China("2026-04-06T09:00"));
        var body = Requests.Valid("electricity", "water", "gas");
        body["utilities"]!["electricity"] = JsonNode.Parse("""{"capacityKw":800,"usage":"industrial","powerSource":"single"}""");
        var submitted = await _api.SubmitAsync(body);
        await _api.SurveyAsync(host, submitted.Id);
        var cases = new Dictionary<string, Guid>();
        foreach (var utility in Inspecting)
        {
            cases[utility] = await _api.CaseIdAsync(submitted.Id, utility);
            await _api.ActOkAsync(utility, cases[utility], "accept");
        }
        await _api.CompleteAsync("electricity", cases["electricity"], "supply-plan", host.Clock.GetUtcNow());
        var application = await _api.GetApplicationAsync(submitted.Id);
        Assert.Equal(Inspecting, application.Visit("acceptance")!.Utilities.Select(u => u.Utility).Order());
        Assert.Equal("awaitingUtilities", application.Visit("acceptance")!.Status);

        // Water and gas have the customer's works; high voltage not yet: nobody books, and the ready ones' clocks stand.
        foreach (var utility in new[] { "water", "gas" })
            await DeclareWorksAsync(submitted.Id, utility);
        var waiting = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Visit("acceptance")!.Utilities.Count(u => u.Ready) == 2 && a.Utility("gas").ClockPausedFor == "visitBooking",
            "water and gas to be ready for the acceptance");
        Assert.Equal("awaitingUtilities", waiting.Visit("acceptance")!.Status);
        Assert.False(waiting.Visit("acceptance")!.Utilities.Single(u => u.Utility == "electricity").Ready);
        using (var early = await _api.As(OneStopApi.Clerk).GetAsync($"{OneStopApi.ApplicationsPath}/{submitted.Id}/visits/acceptance/slots",
                   Cancellation))
            Bilingual.AssertIs((string?)(await early.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);

        await DeclareWorksAsync(submitted.Id, "electricity");
        var done = await _api.AcceptanceAsync(host, submitted.Id, new Dictionary<string, object>
        {
            ["gas"] = new { passed = false, remarks = "燃气表前阀门未安装 / no valve before the gas meter" },
        });
        Assert.Equal(1, done.Utilities.Count(u => u.Acceptance is { } result && !(bool)result["passed"]!));
        var after = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("gas").Correction is not null,
            "intake to show gas's correction");
        Assert.Contains(after.Timeline, t => t.Event == "visitDone" && t.Description.Contains("燃气公司验收未通过"));
        Assert.Contains("燃气表前阀门", after.Utility("gas").Correction!.Needed);
        Assert.Equal("awaitingCorrection", (await _api.GetCaseAsync("gas", cases["gas"])).Status());

        // The others connect.
        var now = host.Clock.GetUtcNow();
        await _api.CompleteAsync("water", cases["water"], "inspection-turn-on", now);
        await _api.CompleteAsync("electricity", cases["electricity"], "completion-inspection", now);
        Assert.Equal("connected", (await _api.CompleteAsync("electricity", cases["electricity"], "metering-energising", now)).Status());

        // Gas: nothing completes before a pass; the applicant puts the valve in and answers; gas inspects again alone.
        using (var refused = await _api.ActAsync("gas", cases["gas"], "joint-acceptance", VisitCalls.Passed))
            Bilingual.AssertIs((string?)(await refused.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);
        host.Clock.AdjustTime(now.AddHours(20));
        using (var answered = await _api.AnswerThroughIntakeAsync(submitted.Id, "gas", $"corrections/{after.Utility("gas").Correction!.Id}/answer",
                   new { answer = "阀门已安装 / the valve is in" }))
            Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);
        await Eventually.UntilAsync(() => _api.GetCaseAsync("gas", cases["gas"]), c => c.Status() == "inProgress", "gas to have the answer");
        using (var notYet = await _api.ActAsync("gas", cases["gas"], "complete", new { stage = "inspection-turn-on", data = CaseCalls.StageDataFor("inspection-turn-on", now) }))
            Assert.Contains("联合验收", (string?)(await notYet.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);
        await _api.ActOkAsync("gas", cases["gas"], "joint-acceptance", VisitCalls.Passed);
        Assert.Equal("connected", (await _api.CompleteAsync("gas", cases["gas"], "inspection-turn-on", host.Clock.GetUtcNow())).Status());

        var completed = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Status == "completed", "the application to complete");
        Assert.True((bool)completed.Visit("acceptance")!.Utilities.Single(u => u.Utility == "gas").Acceptance!["passed"]!);
        Assert.Equal(4, completed.Timeline.Count(t => t.Event == "visitRecorded" && t.Description.Contains("验收")));
        var told = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Any(n => n.EventType == "JointVisitScheduled" && n.Title.Contains("联合验收")), "the applicant to be told the acceptance's time");
        Assert.Contains(told, n => n.EventType == "JointVisitBookingOpened" && n.Title.Contains("联合验收"));
    }

    [Fact]
    public async Task Water_accepts_on_photos_and_a_video_only_its_operators_read_and_asks_for_a_visit_when_they_are_not_enough()
    {
        host.Clock.AdjustTime(China("2026-04-13T09:00"));
        var submitted = await _api.SubmitAsync(Requests.Valid("water").With("""{"applicant":{"idNumber":"33010619900101123X"}}"""));
        await _api.SurveyAsync(host, submitted.Id);
        var waterCase = await _api.CaseIdAsync(submitted.Id, "water");
        await _api.ActOkAsync("water", waterCase, "accept");
        await DeclareWorksAsync(submitted.Id, "water");
        var open = await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking", "acceptance");
        Assert.True(open.RemoteAllowed);

        var applicant = host.ClientFor("zhangsan");
        using var photo = await applicant.UploadAsync("completion-photo", SampleFiles.Jpeg, "水表箱.jpg", "image/jpeg");
        var photoId = (await photo.JsonAsync()).Id();
        using var video = await applicant.UploadAsync("completion-video", SampleFiles.Mp4, "管道走向.mp4", "video/mp4");
        var videoId = (await video.JsonAsync()).Id();
        using var loads = await applicant.UploadAsync("load-list", [.. SampleFiles.Pdf, .. "%remote\n"u8], "负荷清单.pdf");
        var loadListId = (await loads.JsonAsync()).Id();
        var remotePath = $"{OneStopApi.ApplicationsPath}/{submitted.Id}/visits/acceptance/remote";
        using (var none = await _api.As("zhangsan").PostAsJsonAsync(remotePath, new { documentIds = Array.Empty<Guid>() }, Cancellation))
            Assert.Equal(["documentIds"], (await none.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        using (var stranger = await _api.As("lisi").PostAsJsonAsync(remotePath, new { documentIds = new[] { photoId } }, Cancellation))
            await stranger.AssertProblemAsync(HttpStatusCode.NotFound);
        // Only photos and videos of the works go to the utilities' operators, nothing else the applicant holds.
        using (var notEvidence = await _api.As("zhangsan").PostAsJsonAsync(remotePath, new { documentIds = new[] { photoId, loadListId } }, Cancellation))
            Assert.Equal(["documentIds"], (await notEvidence.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        using (var given = await _api.As("zhangsan").PostAsJsonAsync(remotePath, new { documentIds = new[] { photoId, videoId } }, Cancellation))
            Assert.True((await given.Content.ReadFromJsonAsync<JointVisitView>(Cancellation))!.Remote);

        // The water operator reads the photo (the gas operator, whose company is not in it, does not) and must see the works.
        var water = await Eventually.UntilAsync(() => _api.GetCaseAsync("water", waterCase), c => (bool)c.Stage("inspection-turn-on")["clockRunning"]!,
            "the water clock to run from the photos");
        Assert.True((bool)water["visits"]!.AsArray().Single(v => (string?)v!["step"] == "acceptance")!["remote"]!);
        using (var read = await _api.As("water-operator").GetAsync($"/api/intake/documents/{photoId}/content", Cancellation))
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using (var watched = await _api.As("water-operator").GetAsync($"/api/intake/documents/{videoId}/content", Cancellation))
            Assert.Equal("video/mp4", watched.EnsureSuccessStatusCode().Content.Headers.ContentType?.MediaType);
        using (var notLoads = await _api.As("water-operator").GetAsync($"/api/intake/documents/{loadListId}/content", Cancellation))
            Assert.Equal(HttpStatusCode.NotFound, notLoads.StatusCode);
        using (var notGas = await _api.As("gas-operator").GetAsync($"/api/intake/documents/{photoId}/content", Cancellation))
            Assert.Equal(HttpStatusCode.NotFound, notGas.StatusCode);
        using (var missed = await _api.ActAsync("water", waterCase, "visit-missed", new { missedBy = "applicant", note = "?" }))
            await missed.AssertProblemAsync(HttpStatusCode.Conflict);
        await _api.ActOkAsync("water", waterCase, "joint-acceptance/site-visit", new { note = "照片看不清表前阀门 / the valve is not in the photos" });

        // The clock stands again; the applicant books a visit, and photos are no longer offered.
        var again = await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking", "acceptance");
        Assert.False(again.RemoteAllowed);
        using (var refused = await _api.As("zhangsan").PostAsJsonAsync(remotePath, new { documentIds = new[] { photoId } }, Cancellation))
            await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        var waiting = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("water").ClockPausedFor == "visitBooking",
            "the water clock to stand for the booking");
        Assert.Contains(waiting.Timeline, t => t.Event == "visitMissed" && t.Description.Contains("照片看不清表前阀门"));
        await _api.AcceptanceAsync(host, submitted.Id);
        Assert.Equal("connected", (await _api.CompleteAsync("water", waterCase, "inspection-turn-on", host.Clock.GetUtcNow())).Status());
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task DeclareWorksAsync(Guid applicationId, string utility)
    {
        await Eventually.UntilAsync(() => _api.GetApplicationAsync(applicationId), a => a.Utility(utility).AwaitingWorksDeclaration,
            $"intake to ask for the {utility} works declaration");
        using var declared = await _api.AnswerThroughIntakeAsync(applicationId, utility, "customer-works", new { note = "内部工程已竣工 / works complete" });
        Assert.Equal(HttpStatusCode.Accepted, declared.StatusCode);
    }
}
