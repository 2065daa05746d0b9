using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Workflow;

/// <summary>
/// Every stage catalogue from filing to connection, in process: the operator accepts and completes each stage with its
/// data, the applicant declares the customer's works through intake where a stage awaits them, the joint acceptance
/// (alone) inspects them, and intake, the
/// timeline and the applicant's messages follow. The clock is set to a fixed week of 2026 so that deadlines are exact,
/// except in one run on the machine's own clock, whatever its date: the lifecycle that .ci/at-other-dates takes to 2027
/// and 2028, where every deadline is counted provisionally.
/// </summary>
public sealed class LifecycleTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly DateTimeOffset Monday = ChinaTime.China("2026-03-02T09:00");
    private readonly OneStopApi _api = host.Api;

    public static TheoryData<string, string, string> Catalogues => new()
    {
        { "electricity-low-voltage-residential", "electricity", """{"capacityKw":8,"usage":"residential"}""" },
        { "electricity-low-voltage-non-residential", "electricity", """{"capacityKw":120,"usage":"commercial"}""" },
        { "electricity-high-voltage-single-source", "electricity", """{"capacityKw":800,"usage":"industrial","powerSource":"single"}""" },
        { "electricity-high-voltage-dual-source", "electricity", """{"capacityKw":2000,"usage":"industrial","powerSource":"dual"}""" },
        { "water", "water", """{"pipeDiameterMm":25,"usage":"residential"}""" },
        { "gas", "gas", """{"peakLoadM3PerHour":2.5,"usage":"commercial"}""" },
        { "heat", "heat", """{"heatedAreaM2":120}""" },
        { "network", "network", """{"bandwidthMbps":500}""" },
    };

    [Theory]
    [MemberData(nameof(Catalogues))]
    public Task A_case_runs_every_stage_of_its_catalogue_to_connection_and_intake_completes(string catalogue, string utility, string request)
    {
        host.Clock.AdjustTime(Monday);
        return RunToCompletionAsync(catalogue, utility, request);
    }

    [Fact]
    public Task A_high_voltage_case_filed_at_the_machines_own_time_runs_to_completion_on_the_calendar_of_that_day()
    {
        host.Clock.AdjustTime(TimeProvider.System.GetUtcNow());
        return RunToCompletionAsync("electricity-high-voltage-dual-source", "electricity", """{"capacityKw":2000,"usage":"industrial","powerSource":"dual"}""");
    }

    private async Task RunToCompletionAsync(string catalogue, string utility, string request)
    {
        var calendar = host.Services.GetRequiredService<WorkingDayCalendar>();
        var body = Requests.Valid(utility);
        body["utilities"]![utility] = JsonNode.Parse(request);
        var submitted = await _api.SubmitAsync(body);
        var caseId = await _api.CaseIdAsync(submitted.Id, utility);

        var opened = await _api.GetCaseAsync(utility, caseId);
        Assert.Equal(catalogue, (string)opened["catalogue"]!);
        var stages = opened["stages"]!.AsArray().Select(s => (string)s!["code"]!).ToList();
        var acceptance = opened.Stage(stages[0]);
        var receivedAt = opened["receivedAt"].Moment()!.Value;
        if ((string?)acceptance["joint"] == "survey")
        {
            // The applicant's time: a stage that surveys the site stands until the joint survey is booked.
            Assert.Null(acceptance["dueAt"]);
            Assert.False((bool)acceptance["clockRunning"]!);
        }
        else
        {
            Assert.Equal(calendar.AddWorkingDays(receivedAt, 1), acceptance["dueAt"].Moment());
            // One working day from Monday morning ends at the same time on Tuesday.
            if (receivedAt.Date == Monday.Date)
                Assert.Equal(receivedAt.AddDays(1), acceptance["dueAt"].Moment());
        }
        if (opened["stages"]!.AsArray().Any(stage => (string?)stage!["joint"] == "survey"))
            await _api.SurveyAsync(host, submitted.Id);

        var view = await _api.ActOkAsync(utility, caseId, "accept");
        while (view.Status() != "connected")
        {
            if (view.Status() == "awaitingCustomerWorks")
            {
                await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility(utility).AwaitingWorksDeclaration,
                    "intake to ask for the works declaration");
                using var declared = await _api.AnswerThroughIntakeAsync(submitted.Id, utility, "customer-works", new { note = "内部工程已竣工 / works complete" });
                Assert.Equal(System.Net.HttpStatusCode.Accepted, declared.StatusCode);
                view = await Eventually.UntilAsync(() => _api.GetCaseAsync(utility, caseId), c => c.Status() == "inProgress", "the inspection to start");
                continue;
            }
            Assert.Equal("inProgress", view.Status());
            var running = view.Stage((string)view["currentStage"]!);
            if ((string?)running["joint"] == "acceptance" && !(bool)running["clockRunning"]!)
            {
                // The applicant's time again: the inspection stands until the joint acceptance is booked.
                await _api.AcceptanceAsync(host, submitted.Id);
                view = await _api.GetCaseAsync(utility, caseId);
                running = view.Stage((string)view["currentStage"]!);
            }
            // Each deadline says what it rests on: official schedules, or the statutory holidays where a year it crosses has none.
            var basis = calendar.BasisOf(running["startedAt"].Moment()!.Value, running["dueAt"].Moment()!.Value);
            Assert.Equal(basis.Calendar == CalendarKind.Provisional ? "provisional" : "official", (string?)running["dueCalendar"]!["calendar"]);
            view = await _api.CompleteAsync(utility, caseId, (string)view["currentStage"]!, host.Clock.GetUtcNow());
        }

        Assert.All(view["stages"]!.AsArray(), stage =>
        {
            Assert.NotNull(stage!["completedAt"]);
            Assert.True((bool)stage["onTime"]!, $"{stage["code"]} on time");
        });
        // The last stage's completion and the connection are two events: either may reach intake first.
        var application = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Status == "completed" && a.Timeline.Any(t => t.Event == "connected"), "the joint application to complete");
        Assert.Equal("connected", application.Utility(utility).Status);
        var timeline = application.Timeline.Where(t => t.Utility == utility).Select(t => t.Event).ToList();
        Assert.Equal(stages.Count, timeline.Count(e => e == "stageCompleted"));
        Assert.Equal("connected", timeline[^1]);
        Assert.NotNull(application.Utility(utility).ClosedAt);
        Assert.Equal("completed", application.Timeline[^1].Event);
        var messages = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Any(n => n.EventType == "UtilityConnected"), "the applicant to be told of the connection");
        Bilingual.AssertIs(messages.Single(n => n.EventType == "UtilityConnected").Title);
    }
}
