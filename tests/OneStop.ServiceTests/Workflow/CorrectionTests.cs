using System.Net;
using System.Net.Http.Json;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Workflow;

/// <summary>补正: the utility asks, the clock stops, the applicant answers through intake, the utility's clock runs on.</summary>
public sealed class CorrectionTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Owner = "zhangsan";
    private const string OwnerIdNumber = "33010619900101123X";
    private readonly OneStopApi _api = host.Api;

    private static object Answer => new { answer = "已上传房屋产权证明 / property certificate uploaded" };

    [Fact]
    public async Task A_correction_over_national_day_pauses_the_clock_and_the_deadline_moves_by_working_days()
    {
        host.Clock.AdjustTime(China("2026-09-30T09:00"));
        var submitted = await _api.SubmitAsync(Requests.Valid("water").With($$$"""{"applicant":{"idNumber":"{{{OwnerIdNumber}}}"}}"""));
        var caseId = await _api.CaseIdAsync(submitted.Id, "water");
        // The joint survey is booked at once and held that afternoon, before the correction.
        await _api.SurveyAsync(host, submitted.Id);

        host.Clock.AdjustTime(China("2026-09-30T15:00"));
        var paused = await _api.ActOkAsync("water", caseId, "corrections", new { needed = "请补充房屋产权证明 / please add the property certificate" });
        Assert.Equal("awaitingCorrection", paused.Status());
        Assert.False((bool)paused.Stage("acceptance-survey")["clockRunning"]!);
        Assert.Null(paused.Stage("acceptance-survey")["dueAt"]);

        var asked = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("water").Correction is not null,
            "intake to show the correction request");
        var water = asked.Utility("water");
        Assert.Equal(("awaitingCorrection", null, false), (water.Status, water.DueAt, water.Correction!.Answered));
        Assert.Contains("房屋产权证明", water.Correction.Needed);

        host.Clock.AdjustTime(China("2026-10-09T09:00"));
        var answerPath = $"corrections/{water.Correction.Id}/answer";
        using (var stranger = await _api.AnswerThroughIntakeAsync(submitted.Id, "water", answerPath, Answer, asUser: "lisi"))
            await stranger.AssertProblemAsync(HttpStatusCode.NotFound);
        using (var answered = await _api.AnswerThroughIntakeAsync(submitted.Id, "water", answerPath, Answer, asUser: Owner))
            Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);
        using (var again = await _api.AnswerThroughIntakeAsync(submitted.Id, "water", answerPath, Answer, asUser: Owner))
            Bilingual.AssertIs((string?)(await again.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);

        var resumed = await Eventually.UntilAsync(() => _api.GetCaseAsync("water", caseId), c => c.Status() == "received", "the water company to resume");
        // A quarter of the working day was used on 30 September. The rest runs from Friday 9 October 09:00: 15 hours
        // that day and 3 on Saturday 10 October, an adjusted working day (调休); the National Day holiday does not count.
        AssertNear(China("2026-10-10T03:00"), resumed.Stage("acceptance-survey")["dueAt"].Moment());
        var application = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("water").Status == "received",
            "intake to hear that the clock runs again");
        Assert.Null(application.Utility("water").Correction);
        AssertNear(China("2026-10-10T03:00"), application.Utility("water").DueAt);
        Assert.Equal(["correctionRequested", "correctionAnswered", "resumed"],
            application.Timeline.Select(t => t.Event).Where(e => e is "correctionRequested" or "correctionAnswered" or "resumed"));

        host.Clock.AdjustTime(China("2026-10-10T01:00"));
        var acceptance = (await _api.ActOkAsync("water", caseId, "accept")).Stage("acceptance-survey");
        // 6 hours on 30 September, 15 on 9 October and 1 on 10 October: 22 of the 24 hours allowed.
        Assert.InRange((double)acceptance["workingDays"]!, 22 / 24.0 - 0.001, 22 / 24.0 + 0.001);
        Assert.True((bool)acceptance["onTime"]!);
        var messages = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Any(n => n.EventType == "UtilityCorrectionRequested"), "the applicant to be told of the correction");
        Assert.Contains("房屋产权证明", messages.Single(n => n.EventType == "UtilityCorrectionRequested").Body);

        // The loop closes on the utility's side: its operators find the answer in their inbox, and read it on the case.
        var operatorsInbox = await Eventually.UntilAsync(() => InboxOfAsync("water-operator"),
            inbox => inbox.Any(n => n.ApplicationId == submitted.Id && n.EventType == "CorrectionAnswered"), "the water operators to be told of the answer");
        Assert.Contains(submitted.Number, operatorsInbox.Single(n => n.ApplicationId == submitted.Id && n.EventType == "CorrectionAnswered").Title);
        Assert.DoesNotContain(await InboxOfAsync("gas-operator"), n => n.ApplicationId == submitted.Id);
        var exchange = Assert.Single((await _api.GetCaseAsync("water", caseId))["pauses"]!.AsArray(), p => (string?)p!["kind"] == "correction")!;
        Assert.Equal(("correction", "已上传房屋产权证明 / property certificate uploaded"), ((string?)exchange["kind"], (string?)exchange["answer"]));
    }

    [Fact]
    public async Task An_answer_carries_the_applicants_documents_to_that_utility_alone()
    {
        host.Clock.AdjustTime(China("2026-03-03T09:00"));
        var submitted = await _api.SubmitAsync(Requests.Valid("water", "gas").With($$$"""{"applicant":{"idNumber":"{{{OwnerIdNumber}}}"}}"""));
        var caseId = await _api.CaseIdAsync(submitted.Id, "water");
        await _api.CaseIdAsync(submitted.Id, "gas");
        await _api.ActOkAsync("water", caseId, "corrections", new { needed = "请拍摄水表井位置照片 / a photo of the meter pit's place" });
        var correction = (await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("water").Correction is not null,
            "intake to show the correction")).Utility("water").Correction!;
        var answerPath = $"corrections/{correction.Id}/answer";
        using var photo = await host.ClientFor(Owner).UploadAsync("supplement", SampleFiles.Jpeg, "水表井.jpg", "image/jpeg");
        var photoId = (await photo.JsonAsync()).Id();
        using var strangers = await host.ClientFor("lisi").UploadAsync("supplement", SampleFiles.Png, "别人的.png", "image/png");
        var strangersId = (await strangers.JsonAsync()).Id();

        foreach (var ids in new[] { [strangersId], [photoId, photoId], new[] { Guid.NewGuid() } })
        {
            using var refused = await _api.AnswerThroughIntakeAsync(submitted.Id, "water", answerPath, new { answer = "见附件 / attached", documentIds = ids }, asUser: Owner);
            Assert.Equal(["documentIds"], (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        }
        Assert.Equal("awaitingCorrection", (await _api.GetCaseAsync("water", caseId)).Status());
        using (var answered = await _api.AnswerThroughIntakeAsync(submitted.Id, "water", answerPath,
            new { answer = "见附件照片 / see the photo attached", documentIds = new[] { photoId } }, asUser: Owner))
            Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);

        var resumed = await Eventually.UntilAsync(() => _api.GetCaseAsync("water", caseId), c => c.Status() == "received", "the water company to resume");
        var attachment = Assert.Single(resumed["pauses"]!.AsArray().Single(p => (string?)p!["kind"] == "correction")!["attachments"]!.AsArray())!;
        Assert.Equal((photoId.ToString(), "supplement", "补正材料"), ((string?)attachment["documentId"], (string?)attachment["type"], (string?)attachment["nameZh"]));
        var content = $"/api/intake/documents/{photoId}/content";
        Assert.Equal(SampleFiles.Jpeg, await host.ClientFor("water-operator").GetByteArrayAsync(content, TestContext.Current.CancellationToken));
        using (var gasReads = await host.ClientFor("gas-operator").GetAsync(content, TestContext.Current.CancellationToken))
            await gasReads.AssertProblemAsync(HttpStatusCode.NotFound);
        var answeredEntry = (await _api.GetApplicationAsync(submitted.Id)).Timeline.Single(t => t.Event == "correctionAnswered");
        Assert.Contains("附补正材料", answeredEntry.Description);
    }

    private async Task<List<NotificationView>> InboxOfAsync(string user) =>
        (await _api.As(user).GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox", TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task Answers_that_do_not_fit_the_case_are_refused_with_problem_details_and_change_nothing()
    {
        host.Clock.AdjustTime(China("2026-03-02T09:00"));
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity", "gas"));
        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");
        await _api.CaseIdAsync(submitted.Id, "gas");

        using (var none = await _api.AnswerThroughIntakeAsync(submitted.Id, "electricity", $"corrections/{Guid.NewGuid()}/answer", Answer))
            await none.AssertProblemAsync(HttpStatusCode.Conflict);
        using (var notRequested = await _api.AnswerThroughIntakeAsync(submitted.Id, "water", $"corrections/{Guid.NewGuid()}/answer", Answer))
            await notRequested.AssertProblemAsync(HttpStatusCode.NotFound);
        using (var noWorks = await _api.AnswerThroughIntakeAsync(submitted.Id, "gas", "customer-works", new { note = "完工 / done" }))
            await noWorks.AssertProblemAsync(HttpStatusCode.Conflict);

        await _api.ActOkAsync("electricity", caseId, "corrections", new { needed = "请补充用电地址证明 / proof of address" });
        var correction = (await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("electricity").Correction is not null,
            "intake to show the correction")).Utility("electricity").Correction!;
        using (var empty = await _api.AnswerThroughIntakeAsync(submitted.Id, "electricity", $"corrections/{correction.Id}/answer", new { answer = " " }))
            Assert.Equal(["answer"], (await empty.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        using (var wrongId = await _api.AnswerThroughIntakeAsync(submitted.Id, "electricity", $"corrections/{Guid.NewGuid()}/answer", Answer))
            await wrongId.AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("awaitingCorrection", (await _api.GetCaseAsync("electricity", caseId)).Status());
        Assert.False((await _api.GetApplicationAsync(submitted.Id)).Utility("electricity").Correction!.Answered);
    }

    private static void AssertNear(DateTimeOffset expected, DateTimeOffset? actual) =>
        Assert.True(actual is { } value && (value - expected).Duration() < TimeSpan.FromSeconds(5), $"expected about {expected:O}, got {actual:O}");
}
