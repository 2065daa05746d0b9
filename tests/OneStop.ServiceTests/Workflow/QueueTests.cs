using System.Net;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Infrastructure.ChinaTime;

namespace OneStop.ServiceTests.Workflow;

/// <summary>The operator's queue: nearest deadline first, paused cases last, filters for due soon, overdue, stage and status.</summary>
public sealed class QueueTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task The_queue_orders_by_deadline_and_flags_what_is_due_soon_and_overdue()
    {
        // Three residential low-voltage cases, each with one working day to accept: A at 09:00, B at 12:00, and C at
        // 15:00, which the operator asks for a correction at once.
        var a = await OpenAtAsync("2026-03-02T09:00");
        var b = await OpenAtAsync("2026-03-02T12:00");
        var c = await OpenAtAsync("2026-03-02T15:00");
        await _api.ActOkAsync("electricity", c, "corrections", new { needed = "请补充身份证明 / proof of identity" });

        // Tuesday 06:00: A has used 21 of its 24 hours (over 80%), B 18.
        host.Clock.AdjustTime(China("2026-03-03T06:00"));
        Assert.Equal([(a, true, false), (b, false, false), (c, false, false)], Rows(await _api.QueueAsync("electricity")));
        Assert.Equal([a], Ids(await _api.QueueAsync("electricity", "?due=soon")));
        Assert.Empty(await _api.QueueAsync("electricity", "?due=overdue"));

        // Tuesday 10:00: A passed its deadline at 09:00, B has used 22 hours.
        host.Clock.AdjustTime(China("2026-03-03T10:00"));
        Assert.Equal([(a, false, true), (b, true, false), (c, false, false)], Rows(await _api.QueueAsync("electricity")));
        Assert.Equal([a], Ids(await _api.QueueAsync("electricity", "?due=overdue")));
        Assert.Equal([b], Ids(await _api.QueueAsync("electricity", "?due=soon")));
        Assert.Equal([c], Ids(await _api.QueueAsync("electricity", "?status=awaitingCorrection")));
        Assert.Equal([a, b, c], Ids(await _api.QueueAsync("electricity", "?stage=acceptance")));
        Assert.Empty(await _api.QueueAsync("electricity", "?stage=metering-energising"));
        Assert.Equal([a], Ids(await _api.QueueAsync("electricity", "?limit=1")));

        await _api.ActOkAsync("electricity", a, "accept");
        var queue = await _api.QueueAsync("electricity");
        Assert.Equal([b, a, c], Ids(queue));
        Assert.Equal("metering-energising", (string)queue[1]!["stage"]!["code"]!);
    }

    [Theory]
    [InlineData("?due=late", "due")]
    [InlineData("?status=finished", "status")]
    [InlineData("?status=1", "status")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=501", "limit")]
    public async Task A_filter_it_does_not_know_is_a_400_naming_it(string query, string field)
    {
        using var response = await _api.As("electricity-operator").GetAsync($"/api/electricity/queue{query}", TestContext.Current.CancellationToken);
        Assert.Equal([field], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
    }

    private async Task<Guid> OpenAtAsync(string chinaTime)
    {
        host.Clock.AdjustTime(China(chinaTime));
        return await _api.CaseIdAsync((await _api.SubmitAsync(Requests.Valid("electricity"))).Id, "electricity");
    }

    private static List<Guid> Ids(JsonArray queue) => queue.Select(item => Guid.Parse((string)item!["id"]!)).ToList();

    private static List<(Guid, bool, bool)> Rows(JsonArray queue) =>
        queue.Select(item => (Guid.Parse((string)item!["id"]!), (bool)item["dueSoon"]!, (bool)item["overdue"]!)).ToList();
}
