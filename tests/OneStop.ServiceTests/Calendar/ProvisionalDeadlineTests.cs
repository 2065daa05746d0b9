using System.Net;
using System.Net.Http.Json;
using OneStop.Contracts;
using OneStop.ServiceTests.Documents;
using OneStop.ServiceTests.Infrastructure;
using OneStop.Testing;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Calendar;

/// <summary>
/// A case filed on 28 December 2026 whose deadlines run into January 2027, before the State Council has published 2027:
/// counted provisionally on the statutory holidays and said so everywhere; then the official schedule is installed and
/// every such date is counted again, once: deadlines move, each with one timeline entry, and the applicant is told once.
/// (The 2027 file is a made-up test schedule: Monday 4 January off as well.)
/// </summary>
public sealed class ProvisionalDeadlineTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Dates_into_an_unpublished_year_are_provisional_and_move_once_when_its_schedule_is_installed()
    {
        await using var host = new CalendarHost();
        var api = host.Api;

        host.Clock.AdjustTime(China("2026-12-28T09:00"));
        // A stage waiting for a promised document has no deadline (the wait is the applicant's): the deadline is watched
        // on one application, the promise on another.
        var submitted = await api.SubmitAsync(await CommitmentTests.ShopApplicationAsync(api, promise: null));
        var promising = await api.SubmitAsync(await CommitmentTests.ShopApplicationAsync(api, promise: "property-certificate"));
        var caseId = await api.CaseIdAsync(submitted.Id, "electricity");
        var promisingCaseId = await api.CaseIdAsync(promising.Id, "electricity");
        host.Clock.AdjustTime(China("2026-12-28T10:00"));
        await api.ActOkAsync("electricity", caseId, "accept");

        // Metering and energising, 9 working days from Monday 28 December 10:00: 元旦 is the only day off in early
        // January on the statutory rules. The commitment, 15 working days from filing.
        var before = await Eventually.UntilAsync(() => api.GetApplicationAsync(submitted.Id),
            a => a.Timeline.Any(t => t.Event == "stageStarted" && t.Description.Contains("装表接电")), "the stage to start");
        var electricity = before.Utility("electricity");
        Assert.Equal(China("2027-01-11T10:00"), electricity.DueAt!.Value, Tolerance);
        Assert.Equal(CalendarKind.Provisional, electricity.DueCalendar!.Calendar);
        Assert.Equal(CalendarKind.Provisional, electricity.ForecastCalendar!.Calendar);
        Assert.Equal(CalendarKind.Provisional, before.ForecastCalendar!.Calendar);
        var promised = (await api.GetApplicationAsync(promising.Id)).Documents.Single(d => d.Type == "property-certificate");
        Assert.Equal(China("2027-01-19T09:00"), promised.CommitmentDueAt!.Value, Tolerance);
        Assert.Equal(CalendarKind.Provisional, promised.CommitmentDueCalendar!.Calendar);
        var started = before.Timeline.Single(t => t.Event == "stageStarted" && t.Description.Contains("装表接电"));
        Assert.Equal(CalendarKind.Provisional, started.Calendar);
        Assert.Contains(CalendarWording.ProvisionalZh, started.Description);
        Assert.Contains(CalendarWording.ProvisionalEn, started.Description);
        var stage = (await api.GetCaseAsync("electricity", caseId))["stages"]!.AsArray().Single(s => (string?)s!["code"] == "metering-energising")!;
        Assert.Equal("provisional", (string?)stage["dueCalendar"]!["calendar"]);
        Assert.Contains(CalendarWording.ProvisionalZh, await PortalPageAsync(host, "clerk", $"/applications/{submitted.Id}"));
        Assert.Contains(CalendarWording.ProvisionalZh, await PortalPageAsync(host, "electricity-operator", $"/operator/cases/{caseId}"));

        using (var installed = await host.InstallAsync(2027, TestHolidaySchedules.Csv2027))
            Assert.Equal(HttpStatusCode.OK, installed.StatusCode);

        var after = await Eventually.UntilAsync(() => api.GetApplicationAsync(submitted.Id),
            a => a.Utility("electricity").DueCalendar?.Calendar == CalendarKind.Official, "the deadline to be counted on the official schedule");
        var promiseAfter = await Eventually.UntilAsync(() => api.GetApplicationAsync(promising.Id),
            a => a.Documents.Single(d => d.Type == "property-certificate").CommitmentDueCalendar?.Calendar == CalendarKind.Official
                && a.Timeline.Any(t => t.Event == "commitmentDueDateSet"),
            "the commitment to be counted on the official schedule");
        Assert.Equal(China("2027-01-12T10:00"), after.Utility("electricity").DueAt!.Value, Tolerance);
        Assert.Equal(after.Utility("electricity").DueAt, after.Utility("electricity").ForecastCompletion);
        Assert.Contains(TestHolidaySchedules.Notice2027, after.Utility("electricity").DueCalendar!.Notices);
        Assert.True((promiseAfter.Documents.Single(d => d.Type == "property-certificate").CommitmentDueAt!.Value - China("2027-01-20T09:00")).Duration() < Tolerance,
            string.Join("\n", promiseAfter.Timeline.Select(t => $"{t.At:O} {t.Event} {t.Description}")));
        var moved = Assert.Single(after.Timeline, t => t.Event == "deadlineRecomputed");
        Assert.Equal(("electricity", CalendarKind.Official), (moved.Utility, moved.Calendar));
        Assert.Contains("2027-01-11 10:00 调整为 2027-01-12 10:00", moved.Description);
        Assert.Single(promiseAfter.Timeline, t => t.Event == "commitmentDueDateSet");
        // The electricity company, waiting for the certificate, hears of its new date.
        await Eventually.UntilAsync(() => api.GetCaseAsync("electricity", promisingCaseId),
            c => c["documents"]!.AsArray().Single(d => (string?)d!["type"] == "property-certificate")!["commitmentDueAt"] is { } due
                && ((DateTimeOffset)due - China("2027-01-20T09:00")).Duration() < Tolerance, "the electricity company to hear of the new date");
        // The progress shows the new dates with no note; the timeline keeps what was said at the time.
        Assert.Contains("<dd>2027-01-12 10:00</dd>", await PortalPageAsync(host, "clerk", $"/applications/{submitted.Id}"));

        // The applicant is told once of each date that moved; installing the same schedule again, and the watchers'
        // later passes, change nothing.
        await Eventually.UntilAsync(async () => [.. await api.ListNotificationsAsync(submitted.Id), .. await api.ListNotificationsAsync(promising.Id)],
            (List<NotificationView> list) => list.Count(n => n.Channel == "inbox" && n.EventType is "UtilityDeadlineRecomputed" or "DocumentCommitmentDueDateSet") == 2,
            "the applicant to be told of both dates");
        using (var again = await host.InstallAsync(2027, TestHolidaySchedules.Csv2027))
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        Assert.Single((await api.GetApplicationAsync(submitted.Id)).Timeline, t => t.Event == "deadlineRecomputed");
        Assert.Single((await api.GetApplicationAsync(promising.Id)).Timeline, t => t.Event == "commitmentDueDateSet");
        var deadlineNotice = Assert.Single(await api.ListNotificationsAsync(submitted.Id), n => n.Channel == "inbox" && n.EventType == "UtilityDeadlineRecomputed");
        Assert.Contains("由 2027-01-11 10:00 调整为 2027-01-12 10:00", deadlineNotice.Body);
        Assert.Single(await api.ListNotificationsAsync(promising.Id), n => n.Channel == "inbox" && n.EventType == "DocumentCommitmentDueDateSet");
    }

    [Fact]
    public async Task After_a_restart_open_dates_are_counted_again_and_nothing_that_did_not_move_is_said_to()
    {
        var data = ServiceHost.NewDataDirectory();
        try
        {
            Guid applicationId;
            await using (var first = new CalendarHost(data))
            {
                first.Clock.AdjustTime(China("2026-12-28T09:00"));
                applicationId = (await first.Api.SubmitAsync(await CommitmentTests.ShopApplicationAsync(first.Api, promise: "property-certificate"))).Id;
                await first.Api.WaitUntilInProgressAsync(applicationId);
            }

            // The restarted watchers' first passes count every provisional date again (a schedule may have come with a release).
            await using var restarted = new CalendarHost(data);
            restarted.Clock.AdjustTime(China("2026-12-28T10:00"));
            await Task.Delay(TimeSpan.FromSeconds(1.5), Cancellation);

            var application = await restarted.Api.GetApplicationAsync(applicationId);
            Assert.DoesNotContain(application.Timeline, t => t.Event is "commitmentDueDateSet" or "deadlineRecomputed");
            Assert.DoesNotContain(await restarted.Api.ListNotificationsAsync(applicationId),
                n => n.EventType is "DocumentCommitmentDueDateSet" or "UtilityDeadlineRecomputed");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A portal page as a user sees it, signed in through the portal's own form.</summary>
    private static async Task<string> PortalPageAsync(ServiceHost host, string userName, string path)
    {
        using var portal = await host.PortalClientAsync(userName);
        return await portal.GetStringAsync(path, Cancellation);
    }
}
