using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Workflow;

/// <summary>不予办理 by one utility closes its part only: the others carry on, and the aggregate says what happened.</summary>
public sealed class RejectionTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Reason = "该地址不在供水管网覆盖范围内 / the address is outside the water network";
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task One_rejection_leaves_the_others_working_and_the_application_closes_partially_completed()
    {
        host.Clock.AdjustTime(ChinaTime.China("2026-03-02T09:00"));
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity", "water", "network"));
        await _api.WaitUntilInProgressAsync(submitted.Id);

        var water = await _api.CaseIdAsync(submitted.Id, "water");
        var rejected = await _api.ActOkAsync("water", water, "reject", new { reason = Reason });
        Assert.Equal(("rejected", Reason), (rejected.Status(), (string)rejected["rejectionReason"]!));

        var meanwhile = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Utility("water").Status == "rejected",
            "intake to hear of the rejection");
        Assert.Equal("inProgress", meanwhile.Status);
        Assert.Equal(Reason, meanwhile.Utility("water").RejectionReason);
        Assert.Equal("办理中；供水公司不予办理，其余单位继续办理 / In progress; rejected by the water company, the others carry on", meanwhile.StatusText);

        foreach (var utility in new[] { "electricity", "network" })
        {
            var caseId = await _api.CaseIdAsync(submitted.Id, utility);
            var view = await _api.ActOkAsync(utility, caseId, "accept");
            while (view.Status() != "connected")
                view = await _api.CompleteAsync(utility, caseId, (string)view["currentStage"]!, host.Clock.GetUtcNow());
        }

        var closed = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id),
            a => a.Status == "partiallyCompleted" && a.Timeline.Count(t => t.Event == "connected") == 2, "the application to close");
        Assert.Contains("供水公司不予办理", closed.StatusText);
        Assert.Contains("rejected by the water company", closed.StatusText);
        var messages = await Eventually.UntilAsync(() => _api.ListNotificationsAsync(submitted.Id),
            list => list.Count(n => n.EventType == "UtilityConnected") == 2, "both connections to be notified");
        Assert.Contains(Reason, messages.Single(n => n.EventType == "UtilityApplicationRejected").Body);
    }

    [Fact]
    public async Task When_every_utility_rejects_the_application_closes_rejected()
    {
        var submitted = await _api.SubmitAsync(Requests.Valid("gas", "heat"));
        foreach (var utility in new[] { "gas", "heat" })
            await _api.ActOkAsync(utility, await _api.CaseIdAsync(submitted.Id, utility), "reject", new { reason = "申请人撤回 / withdrawn by the applicant" });

        var closed = await Eventually.UntilAsync(() => _api.GetApplicationAsync(submitted.Id), a => a.Status == "rejected", "the application to close");
        Assert.Equal("已办结：各单位均不予办理 / Closed: every utility rejected it", closed.StatusText);
        Assert.Equal("rejected", closed.Timeline[^1].Event);
    }
}
