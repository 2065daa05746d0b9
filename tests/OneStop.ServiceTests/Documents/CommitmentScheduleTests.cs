using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using OneStop.Calendar;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Infrastructure.TravellingClock;

namespace OneStop.ServiceTests.Documents;

/// <summary>
/// A commitment (容缺) whose working days run into a year with no holiday schedule is still accepted: it binds in
/// working days, and its date is set, for intake and the utilities, once an operator installs that year's schedule.
/// </summary>
public sealed class CommitmentScheduleTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The all-in-one host on data and calendar folders that outlive it, with a watcher that looks five times a second.</summary>
    private sealed class ScheduledHost(string dataDirectory, string calendarDirectory) : ServiceHost(dataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Calendar:Directory", calendarDirectory);
            builder.UseSetting("Documents:CommitmentWatcherInterval", "00:00:00.2");
        }
    }

    [Fact]
    public async Task A_commitment_due_in_an_unscheduled_year_is_accepted_and_dated_once_the_schedule_is_installed()
    {
        var (dataDirectory, calendarDirectory) = (ServiceHost.NewDataDirectory(), ServiceHost.NewDataDirectory());
        Directory.CreateDirectory(calendarDirectory);
        try
        {
            Guid applicationId, caseId;
            await using (var first = new ScheduledHost(dataDirectory, calendarDirectory))
            {
                // Fifteen working days from 21 December 2026 end in January 2027, which has no schedule yet.
                first.Clock.TravelTo(China("2026-12-21T09:00"));
                applicationId = (await first.Api.SubmitAsync(await CommitmentTests.ShopApplicationAsync(first.Api, promise: "property-certificate"))).Id;

                var promised = (await first.Api.GetApplicationAsync(applicationId)).Documents.Single(d => d.Type == "property-certificate");
                Assert.Equal((true, 15, null), (promised.Pending, promised.CommitmentWorkingDays, promised.CommitmentDueAt));
                caseId = await first.Api.CaseIdAsync(applicationId, "electricity");
                Assert.Null(PropertyCertificateOf(await first.Api.GetCaseAsync("electricity", caseId))["commitmentDueAt"]);
                // The portal says so to the counter (the receipt) and to the operator (the case). Signed in at real time:
                // the portal's sign-in and the services' token checks do not travel together.
                first.Clock.TravelTo(DateTimeOffset.UtcNow);
                using var clerk = await first.PortalClientAsync("clerk");
                using var electricityOperator = await first.PortalClientAsync("electricity-operator");
                Assert.Contains("补交期限：待节假日安排发布后确定", await clerk.GetStringAsync($"/applications/{applicationId}/receipt", Cancellation));
                Assert.Contains("期限：待节假日安排发布后确定", await electricityOperator.GetStringAsync($"/operator/cases/{caseId}", Cancellation));
            }

            // The operator installs the 2027 schedule and restarts. The file is made up for the test: the real one is the
            // State Council's notice.
            await File.WriteAllTextAsync(Path.Combine(calendarDirectory, "cn-2027.csv"),
                "date,type,name\n2027-01-01,holiday,元旦 New Year (test data)\n", Cancellation);
            var withSchedule = CalendarFiles.Load([Path.Combine(AppContext.BaseDirectory, "calendars"), calendarDirectory]);

            await using var restarted = new ScheduledHost(dataDirectory, calendarDirectory);
            restarted.Clock.TravelTo(China("2026-12-22T09:00"));
            var application = await Eventually.UntilAsync(() => restarted.Api.GetApplicationAsync(applicationId),
                a => a.Documents.Single(d => d.Type == "property-certificate").CommitmentDueAt is not null, "intake to date the commitment");
            var dueAt = withSchedule.AddWorkingDays(application.Timeline.Single(t => t.Event == "submitted").At, 15);
            Assert.Equal(new DateOnly(2027, 1, 12), WorkingDayCalendar.ChinaDate(dueAt));
            Assert.Equal(dueAt, application.Documents.Single(d => d.Type == "property-certificate").CommitmentDueAt!.Value);
            Assert.Single(application.Timeline, t => t.Event == "commitmentDueDateSet");
            var electricity = await Eventually.UntilAsync(() => restarted.Api.GetCaseAsync("electricity", caseId),
                c => PropertyCertificateOf(c)["commitmentDueAt"] is not null, "the electricity company to hear of the date");
            Assert.Equal(dueAt, (DateTimeOffset)PropertyCertificateOf(electricity)["commitmentDueAt"]!);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
            Directory.Delete(calendarDirectory, recursive: true);
        }
    }

    private static JsonNode PropertyCertificateOf(JsonObject electricityCase) =>
        electricityCase["documents"]!.AsArray().Single(d => (string?)d!["type"] == "property-certificate")!;
}
