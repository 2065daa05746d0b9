using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Workflow;

/// <summary>
/// 联合踏勘 in process: one visit for every utility that surveys the site, booked by the counter from the slots they can
/// all attend, told to each of them, recorded by each, moved and missed by the rules; the clocks stand while it is unbooked.
/// </summary>
public sealed class JointSurveyTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task High_voltage_electricity_water_and_gas_share_one_survey_that_each_records_and_the_clocks_stand_until_it_is_booked()
    {
        host.Clock.AdjustTime(China("2026-03-02T09:00"));
        var body = Requests.Valid("electricity", "water", "gas");
        body["utilities"]!["electricity"] = JsonNode.Parse("""{"capacityKw":800,"usage":"industrial","powerSource":"single"}""");
        var submitted = await _api.SubmitAsync(body);

        var survey = await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking");
        Assert.Equal(["electricity", "gas", "water"], survey.Utilities.Select(u => u.Utility).Order());
        var waiting = await _api.GetApplicationAsync(submitted.Id);
        Assert.Equal(("visitBooking", null), (waiting.Utility("water").ClockPausedFor, waiting.Utility("water").DueAt));
        Assert.Contains(waiting.Timeline, t => t.Event == "visitBookingOpen" && t.Description.Contains("供电公司、供水公司、燃气公司"));
        // Each utility's quote from its published schedule: high voltage's external line waits for the survey to measure it.
        var quoted = waiting.Utility("electricity").Quote!;
        Assert.Equal(0, quoted.PayableFen);
        Assert.Equal(["externalLineMetres"], quoted.Pending);
        Assert.Contains(waiting.Timeline, t => t.Event == "quoted" && t.Utility == "electricity" && t.Description.Contains("另加待测量的项目"));

        // Monday 09:00: the morning slot is too soon; the afternoon, and three working days after it, are offered.
        var slots = await _api.VisitSlotsAsync(submitted.Id);
        Assert.Equal(7, slots.Count);
        Assert.Equal((China("2026-03-02T14:00"), China("2026-03-02T17:00")), (slots[0].Start, slots[0].End));
        Assert.Equal(China("2026-03-05T14:00"), slots[^1].Start);
        using (var stranger = await _api.As("lisi").GetAsync($"{OneStopApi.ApplicationsPath}/{submitted.Id}/visits/survey/slots", Cancellation))
            await stranger.AssertProblemAsync(HttpStatusCode.NotFound);
        using (var tooSoon = await _api.BookVisitAsync(submitted.Id, China("2026-03-02T09:00")))
            Bilingual.AssertIs((string?)(await tooSoon.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);

        host.Clock.AdjustTime(China("2026-03-02T10:00"));
        using (var booked = await _api.BookVisitAsync(submitted.Id, slots[^1].Start))
            Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        var waterCase = await _api.CaseIdAsync(submitted.Id, "water");
        var water = await Eventually.UntilAsync(() => _api.GetCaseAsync("water", waterCase), c => (bool)c.Stage("acceptance-survey")["clockRunning"]!,
            "the water clock to run from the booking");
        AssertNear(China("2026-03-03T10:00"), water.Stage("acceptance-survey")["dueAt"].Moment());

        // Moved from Thursday to Tuesday morning, more than a day ahead: every utility hears of it.
        using (var moved = await _api.BookVisitAsync(submitted.Id, China("2026-03-03T09:00"), asUser: "clerk"))
            Assert.Equal(1, (await moved.Content.ReadFromJsonAsync<JointVisitView>(Cancellation))!.Reschedules);
        foreach (var utility in new[] { "electricity", "water", "gas" })
        {
            var caseId = await _api.CaseIdAsync(submitted.Id, utility);
            await Eventually.UntilAsync(() => _api.GetCaseAsync(utility, caseId),
                c => c["visits"]!.AsArray().SingleOrDefault()?["start"].Moment() == China("2026-03-03T09:00"), $"the {utility} case to have the new time");
        }
        // The applicant was asked to book and told each time; each utility's operators are told when to go.
        var told = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Any(n => n.EventType == "JointVisitBookingOpened")
                && list.Count(n => n.EventType == "JointVisitScheduled" && n.Channel == "inbox" && !n.Title.Contains(submitted.Number)) == 2,
            "the applicant to be asked to book and told the times");
        Assert.Contains(told, n => n.EventType == "JointVisitScheduled" && n.Title.Contains("2026年3月3日（周二）09:00–12:00"));
        var gasInbox = await Eventually.UntilAsync(
            async () => (await _api.As("gas-operator").GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox", Cancellation))!,
            inbox => inbox.Count(n => n.ApplicationId == submitted.Id && n.EventType == "JointVisitScheduled") == 2, "the gas operators to be told the times");
        Assert.Contains(submitted.Number, gasInbox.First(n => n.ApplicationId == submitted.Id).Title);

        using (var early = await _api.ActAsync("water", waterCase, "survey", VisitCalls.NoExternalWorks))
            Bilingual.AssertIs((string?)(await early.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);
        using (var refused = await _api.ActAsync("water", waterCase, "accept"))
            Assert.Contains("联合踏勘", (string?)(await refused.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);

        host.Clock.AdjustTime(China("2026-03-03T09:40"));
        using (var incomplete = await _api.ActAsync("electricity", await _api.CaseIdAsync(submitted.Id, "electricity"), "survey",
                   new { externalWorksNeeded = true, findings = "需新建 10kV 电缆 / a new 10 kV cable" }))
            Assert.Equal(["externalWorksMetres", "externalWorksRoute"], (await incomplete.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys.Order());
        var done = await _api.RecordSurveyAsync(submitted.Id, new Dictionary<string, object>
        {
            ["electricity"] = new { externalWorksNeeded = true, externalWorksMetres = 150, externalWorksRoute = "沿文三路北侧人行道 / along the north pavement of Wensan Road",
                findings = "需新建 10kV 电缆 150 米 / a new 10 kV cable of 150 m" },
            ["water"] = VisitCalls.NoExternalWorks,
            ["gas"] = VisitCalls.NoExternalWorks,
        });
        Assert.Equal(150, (int)done.Utilities.Single(u => u.Utility == "electricity").Findings!["externalWorksMetres"]!);
        var application = await _api.GetApplicationAsync(submitted.Id);
        Assert.Contains(application.Timeline, t => t.Event == "visitDone" && t.Description.Contains("供电公司需外线工程"));
        Assert.Equal(3, application.Timeline.Count(t => t.Event == "visitRecorded"));
        // The measured line prices electricity's quote, and the applicant is told why it moved; water and gas, whose
        // mains outside the red line are the companies' own, do not move.
        application = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Timeline.Any(t => t.Event == "quoteChanged"), "intake to hear electricity's new quote");
        Assert.Equal(150 * 35000, application.Utility("electricity").Quote!.PayableFen);
        Assert.Empty(application.Utility("electricity").Quote!.Pending);
        var repriced = Assert.Single(application.Timeline, t => t.Event == "quoteChanged");
        Assert.Contains("联合踏勘测得外线 150 米", repriced.Description);
        Assert.Contains("应付 ¥52,500.00", repriced.Description);

        // A water operator reads its own findings only.
        var operatorView = (await _api.As("water-operator").GetFromJsonAsync<ApplicationView>($"{OneStopApi.ApplicationsPath}/{submitted.Id}", Cancellation))!;
        Assert.Null(operatorView.Survey!.Utilities.Single(u => u.Utility == "electricity").Findings);
        Assert.NotNull(operatorView.Survey.Utilities.Single(u => u.Utility == "water").Findings);
        Assert.Equal("awaitingCustomerWorks", (await _api.ActOkAsync("water", waterCase, "accept")).Status());
    }

    [Fact]
    public async Task A_visit_the_applicant_missed_is_booked_again_while_every_clock_stands_and_a_late_move_is_refused()
    {
        host.Clock.AdjustTime(China("2026-03-09T09:00"));
        var submitted = await _api.SubmitAsync(Requests.Valid("water", "gas"));
        await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking");
        var slot = (await _api.VisitSlotsAsync(submitted.Id))[0];
        using (await _api.BookVisitAsync(submitted.Id, slot.Start)) { }
        var gasCase = await _api.CaseIdAsync(submitted.Id, "gas");
        await Eventually.UntilAsync(() => _api.GetCaseAsync("gas", gasCase), c => c["visits"]!.AsArray().Count == 1, "the gas case to have the booking");

        // Less than a day before the visit it cannot move.
        using (var late = await _api.BookVisitAsync(submitted.Id, (await _api.VisitSlotsAsync(submitted.Id))[1].Start))
            Assert.Contains("24", (string?)(await late.AssertProblemAsync(HttpStatusCode.Conflict))["detail"]);

        host.Clock.AdjustTime(slot.Start.AddMinutes(40));
        var waterCase = await _api.CaseIdAsync(submitted.Id, "water");
        using (var unclear = await _api.ActAsync("water", waterCase, "visit-missed", new { missedBy = "nobody", note = "?" }))
            Assert.Contains("missedBy", (await unclear.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
        await _api.ActOkAsync("water", waterCase, "visit-missed", new { missedBy = "applicant", note = "现场无人 / nobody on site" });

        var reopened = await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking");
        Assert.Equal(1, reopened.Misses);
        var gas = await Eventually.UntilAsync(() => _api.GetCaseAsync("gas", gasCase), c => c["visits"]!.AsArray().Count == 0, "the gas case to hear of the miss");
        Assert.False((bool)gas.Stage("acceptance-survey")["clockRunning"]!);
        var application = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Utility("gas").ClockPausedFor == "visitBooking", "intake to show the gas clock standing");
        Assert.Contains(application.Timeline, t => t.Event == "visitMissed" && t.Description.Contains("申请人未到场"));

        var again = (await _api.VisitSlotsAsync(submitted.Id))[0];
        using (var rebooked = await _api.BookVisitAsync(submitted.Id, again.Start))
            Assert.Equal(HttpStatusCode.OK, rebooked.StatusCode);
        await Eventually.UntilAsync(() => _api.GetCaseAsync("gas", gasCase), c => (bool)c.Stage("acceptance-survey")["clockRunning"]!, "the gas clock to run again");
    }

    [Fact]
    public async Task A_utility_that_rejects_leaves_the_survey_to_the_others_and_one_needing_no_visit_is_never_in_it()
    {
        host.Clock.AdjustTime(China("2026-03-16T09:00"));
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity", "water", "gas", "network"));
        var survey = await _api.WaitForVisitAsync(submitted.Id, "awaitingBooking");
        // Low-voltage electricity fits the meter without a survey; so does the network operator.
        Assert.Equal(["gas", "water"], survey.Utilities.Select(u => u.Utility).Order());

        await _api.ActOkAsync("gas", await _api.CaseIdAsync(submitted.Id, "gas"), "reject", new { reason = "该地址不在供气范围 / outside the gas network" });
        var left = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Survey!.Utilities.Single(u => u.Utility == "gas").Withdrawn, "the gas company to leave the survey");
        Assert.Equal("awaitingBooking", left.Survey!.Status);
        await _api.SurveyAsync(host, submitted.Id);
    }

    private static void AssertNear(DateTimeOffset expected, DateTimeOffset? actual) =>
        Assert.InRange(actual!.Value, expected.AddSeconds(-5), expected.AddSeconds(5));
}
