using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Electricity;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Workflow;

/// <summary>An action the case's state does not allow is 409, bad stage data is 400, and neither writes anything.</summary>
public sealed class IllegalTransitionTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private const string Utility = "electricity";
    private readonly OneStopApi _api = host.Api;

    public static TheoryData<string, string> RefusedInAState => new()
    {
        // state the case is brought to, then the action refused in it
        { "received", "complete:metering-energising" },
        { "inProgress", "accept" },
        { "inProgress", "complete:acceptance" },
        { "awaitingCorrection", "corrections" },
        { "awaitingCorrection", "complete:metering-energising" },
        { "awaitingCorrection", "accept" },
        { "connected", "reject" },
        { "connected", "corrections" },
        { "rejected", "accept" },
        { "rejected", "reject" },
    };

    [Theory]
    [MemberData(nameof(RefusedInAState))]
    public async Task An_action_the_state_does_not_allow_is_a_409_that_writes_nothing(string state, string action)
    {
        var caseId = await CaseInStateAsync(state);
        var before = await _api.GetCaseAsync(Utility, caseId);
        var outboxBefore = await OutboxRowsAsync();

        using var response = await _api.ActAsync(Utility, caseId, action.Split(':')[0], Body(action));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Bilingual.AssertIs((string?)problem["title"]);
        Bilingual.AssertIs((string?)problem["detail"]);
        Assert.Equal(before.ToJsonString(), (await _api.GetCaseAsync(Utility, caseId)).ToJsonString());
        Assert.Equal(outboxBefore, await OutboxRowsAsync());
    }

    [Theory]
    [InlineData("reject", """{"reason":"  "}""", "reason")]
    [InlineData("corrections", """{}""", "needed")]
    [InlineData("complete", """{"data":{}}""", "stage")]
    [InlineData("complete", """{"stage":"metering-energising","data":{}}""", "data.meterNumber,data.energisedAt")]
    [InlineData("complete", """{"stage":"metering-energising","data":{"meterNumber":"3301","energisedAt":"2026-03-02 10:00"}}""", "data.energisedAt")]
    [InlineData("complete", """{"stage":"metering-energising","data":{"meterNumber":"3301","energisedAt":"2099-01-01T00:00:00+08:00"}}""", "data.energisedAt")]
    public async Task Missing_or_wrong_data_is_a_400_naming_each_field_and_writes_nothing(string action, string body, string fields)
    {
        var caseId = await CaseInStateAsync("inProgress");
        var before = await _api.GetCaseAsync(Utility, caseId);

        using var response = await _api.ActAsync(Utility, caseId, action, System.Text.Json.JsonDocument.Parse(body).RootElement);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(fields.Split(',').Order(), problem.Errors().Keys.Order());
        Assert.All(problem.Errors().Values.SelectMany(m => m), Bilingual.AssertIs);
        Assert.Equal(before.ToJsonString(), (await _api.GetCaseAsync(Utility, caseId)).ToJsonString());
    }

    [Fact]
    public async Task An_unknown_case_is_a_404()
    {
        using var response = await _api.ActAsync(Utility, Guid.NewGuid(), "accept");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<Guid> CaseInStateAsync(string state)
    {
        var submitted = await _api.SubmitAsync(Requests.Valid(Utility));
        var caseId = await _api.CaseIdAsync(submitted.Id, Utility);
        switch (state)
        {
            case "inProgress":
                await _api.ActOkAsync(Utility, caseId, "accept");
                break;
            case "awaitingCorrection":
                await _api.ActOkAsync(Utility, caseId, "accept");
                await _api.ActOkAsync(Utility, caseId, "corrections", new { needed = "请补充证明 / proof needed" });
                break;
            case "connected":
                await _api.ActOkAsync(Utility, caseId, "accept");
                await _api.CompleteAsync(Utility, caseId, "metering-energising", host.Clock.GetUtcNow());
                break;
            case "rejected":
                await _api.ActOkAsync(Utility, caseId, "reject", new { reason = "重复申请 / duplicate application" });
                break;
        }
        Assert.Equal(state, (await _api.GetCaseAsync(Utility, caseId)).Status());
        return caseId;
    }

    private object Body(string action) => action.Split(':') switch
    {
        ["complete", var stage] => new { stage, data = CaseCalls.StageDataFor(stage, host.Clock.GetUtcNow()) },
        ["reject"] => new { reason = "测试 / test" },
        ["corrections"] => new { needed = "测试 / test" },
        _ => new { },
    };

    private Task<int> OutboxRowsAsync() =>
        host.QueryAsync((ElectricityDbContext db) => db.Outbox.CountAsync(TestContext.Current.CancellationToken));
}
