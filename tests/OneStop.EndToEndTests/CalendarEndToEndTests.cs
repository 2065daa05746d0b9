using System.Net;
using System.Text.Json.Nodes;
using OneStop.Testing;

namespace OneStop.EndToEndTests;

/// <summary>
/// An administrator installs a year's holiday schedule through the gateway: it reaches every service that counts working
/// days over RabbitMQ and is kept in each one's own PostgreSQL database. (A far-off year, so that no test's deadline moves.)
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CalendarEndToEndTests(PlatformFixture fixture)
{
    private const int Year = 2099;
    private static readonly string[] Utilities = ["Electricity", "Water", "Gas", "Heat", "Network"];
    private static readonly string[] CountingServices = ["Intake", .. Utilities, "Approvals"];

    [Fact]
    public async Task An_installed_schedule_is_kept_by_every_counting_service_and_shown_through_the_gateway()
    {
        var platform = fixture.Platform;
        // A made-up "official" schedule: the provisional one's days off, and New Year's Eve off too.
        var provisional = JsonNode.Parse(await fixture.Gateway.GetStringAsync($"/api/calendar/{Year}", TestContext.Current.CancellationToken))!;
        var csv = string.Join('\n', provisional["days"]!.AsArray().Select(d => $"{d!["date"]},holiday,{d["name"]}")
            .Prepend($"# notice: 测试用{Year}年节假日安排（非国务院通知） / test schedule for {Year}").Append($"{Year}-12-31,holiday,除夕前 (test)"));
        using var request = await fixture.Intake.RequestAsync(HttpMethod.Put, $"/api/admin/calendars/{Year}", "admin");
        request.Content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        using var response = await fixture.Gateway.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        foreach (var service in CountingServices)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (await platform.Databases.ScalarAsync<long>(service, "SELECT count(*) FROM holiday_schedules WHERE \"Year\" = $1", Year) == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, $"{service} did not keep the {Year} schedule");
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }
        var calendar = JsonNode.Parse(await fixture.Gateway.GetStringAsync($"/api/calendar/{Year}", TestContext.Current.CancellationToken))!;
        Assert.Equal("official", (string?)calendar["calendar"]);
        Assert.StartsWith($"测试用{Year}年节假日安排", (string?)calendar["notice"]);
    }

    [Fact]
    public async Task A_service_counting_this_year_provisionally_is_degraded_and_still_served_through_the_gateway()
    {
        var platform = fixture.Platform;
        var thisYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var calendar = JsonNode.Parse(await fixture.Gateway.GetStringAsync($"/api/calendar/{thisYear}", TestContext.Current.CancellationToken))!;
        var provisional = (string?)calendar["calendar"] == "provisional";

        foreach (var service in CountingServices)
        {
            using var direct = new HttpClient { BaseAddress = platform.Services[service].BaseAddress };
            using var ready = await direct.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            var check = report["checks"]!["working-day-calendar"]!;
            if (provisional)
                Assert.Equal("Degraded", (string?)check["status"]);
            else
                Assert.NotEqual("Unhealthy", (string?)check["status"]);
        }
        // The gateway's active health checks keep a degraded destination: a request for this year's calendar got through above,
        // and so does one to every utility.
        foreach (var utility in Utilities)
        {
            using var request = await fixture.Intake.RequestAsync(HttpMethod.Get, $"/api/{utility.ToLowerInvariant()}/queue", $"{utility.ToLowerInvariant()}-operator");
            using var response = await fixture.Gateway.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
