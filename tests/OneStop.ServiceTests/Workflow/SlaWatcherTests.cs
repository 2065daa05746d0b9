using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OneStop.Contracts;
using OneStop.Electricity;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Workflow;

/// <summary>
/// Due-soon at 80% of a stage's limit and overdue past it, each raised exactly once, even when the host restarts between
/// them; the supervisors hear of both, and the overdue case shows in the queue.
/// </summary>
public sealed class SlaWatcherTests
{
    private const string Supervisor = "electricity-supervisor";

    /// <summary>The all-in-one host on a data folder that outlives it, with a watcher that looks five times a second.</summary>
    private sealed class WatchedHost(string dataDirectory) : ServiceHost(dataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Workflow:SlaWatcherInterval", "00:00:00.2");
        }
    }

    [Fact]
    public async Task Due_soon_and_overdue_are_raised_once_each_across_a_restart()
    {
        var dataDirectory = ServiceHost.NewDataDirectory();
        try
        {
            Guid applicationId;
            await using (var first = new WatchedHost(dataDirectory))
            {
                first.Clock.AdjustTime(China("2026-03-02T09:00"));
                applicationId = (await first.Api.SubmitAsync(Requests.Valid("electricity"))).Id;
                await first.Api.CaseIdAsync(applicationId, "electricity");

                // 21 of the acceptance stage's 24 hours are gone.
                first.Clock.AdjustTime(China("2026-03-03T06:00"));
                await AlertsAsync(first, applicationId, alerts => alerts.Contains("UtilityStageDueSoon"));
            }

            await using var second = new WatchedHost(dataDirectory);
            second.Clock.AdjustTime(China("2026-03-03T07:00"));
            var caseId = await second.QueryAsync((ElectricityDbContext db) =>
                db.Applications.Where(a => a.JointApplicationId == applicationId).Select(a => a.Id).SingleAsync());
            second.Clock.AdjustTime(China("2026-03-03T10:00"));
            var alerts = await AlertsAsync(second, applicationId, alerts => alerts.Contains("UtilityStageOverdue"));

            Assert.Equal(["UtilityStageDueSoon", "UtilityStageOverdue"], alerts.Order());
            var alarmsPublished = await second.QueryAsync((ElectricityDbContext db) => db.Outbox.Select(m => m.MessageType)
                .Where(type => type.StartsWith(typeof(UtilityStageDueSoon).FullName + ",") || type.StartsWith(typeof(UtilityStageOverdue).FullName + ","))
                .ToListAsync());
            Assert.Equal([typeof(UtilityStageDueSoon).FullName, typeof(UtilityStageOverdue).FullName], alarmsPublished.Select(type => type.Split(',')[0]).Order());
            var overdue = Assert.Single(await second.Api.QueueAsync("electricity", "?due=overdue"));
            Assert.Equal(caseId, Guid.Parse((string)overdue!["id"]!));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>The electricity supervisors' inbox messages about the application, once <paramref name="done"/> holds.</summary>
    private static async Task<List<string>> AlertsAsync(ServiceHost host, Guid applicationId, Func<List<string>, bool> done)
    {
        var inbox = await Eventually.UntilAsync(
            async () => (await host.Api.As(Supervisor).GetFromJsonAsync<List<NotificationView>>("/api/notifications/inbox", TestContext.Current.CancellationToken))!,
            list => done(list.Where(n => n.ApplicationId == applicationId).Select(n => n.EventType).ToList()), "the supervisors' alert");
        var alerts = inbox.Where(n => n.ApplicationId == applicationId).ToList();
        Assert.All(alerts, alert => Bilingual.AssertIs(alert.Title));
        return alerts.Select(n => n.EventType).ToList();
    }
}
