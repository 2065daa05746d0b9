using System.Net;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Workflow;

/// <summary>Only the case's own utility's operators act on it; to another utility's service the case does not exist.</summary>
public sealed class CaseAccessTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    [Theory]
    [InlineData("water-operator")]
    [InlineData("electricity-supervisor")]
    [InlineData("regulator")]
    [InlineData("clerk")]
    [InlineData("zhangsan")]
    public async Task Nobody_but_the_utilitys_operators_may_act_on_its_case(string user)
    {
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity", "water"));
        var caseId = await _api.CaseIdAsync(submitted.Id, "electricity");

        foreach (var action in new[] { "accept", "reject", "corrections", "complete" })
        {
            using var response = await _api.ActAsync("electricity", caseId, action, new { reason = "x", needed = "x", stage = "acceptance" }, asUser: user);
            await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        Assert.Equal("received", (await _api.GetCaseAsync("electricity", caseId)).Status());
    }

    [Fact]
    public async Task Another_utilitys_operator_finds_no_such_case_in_its_own_service()
    {
        var submitted = await _api.SubmitAsync(Requests.Valid("electricity", "water"));
        var electricityCase = await _api.CaseIdAsync(submitted.Id, "electricity");

        using var act = await _api.ActAsync("water", electricityCase, "accept");
        await act.AssertProblemAsync(HttpStatusCode.NotFound);
        using var read = await _api.As("water-operator").GetAsync($"/api/water/applications/{electricityCase}", TestContext.Current.CancellationToken);
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("received", (await _api.GetCaseAsync("electricity", electricityCase)).Status());
    }
}
