using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Workflow;

/// <summary>Each utility's quote computed on receipt from its published schedule, on the application and its timeline.</summary>
public sealed class FeeQuoteTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private readonly OneStopApi _api = host.Api;

    [Fact]
    public async Task A_household_on_low_voltage_is_told_its_electricity_is_free_and_by_which_rule_and_its_water_what_it_costs()
    {
        var body = Requests.Valid("electricity", "water");
        body["utilities"]!["electricity"] = JsonNode.Parse("""{"capacityKw":8,"usage":"residential"}""");
        var submitted = await _api.SubmitAsync(body);

        var application = await _api.WaitUntilInProgressAsync(submitted.Id);

        var electricity = application.Utility("electricity").Quote!;
        Assert.Equal((0L, 60000L), (electricity.PayableFen, electricity.WaivedFen));
        Assert.Equal("three-zeros-low-voltage", (string?)Assert.Single(electricity.ZeroInvestments)["code"]);
        Assert.Contains(application.Timeline, t => t.Event == "quoted" && t.Utility == "electricity" && t.Description.StartsWith("供电公司费用：免费（三零服务："));
        var diameter = (int)body["utilities"]!["water"]!["pipeDiameterMm"]!;
        Assert.Equal(diameter * 8000L, application.Utility("water").Quote!.PayableFen);
        Assert.Contains(application.Timeline, t => t.Event == "quoted" && t.Utility == "water" && t.Description.Contains($"应付 ¥{diameter * 80:#,0}.00"));
        // The operator reads the same quote on the case, and has no way to type another.
        var water = await _api.GetCaseAsync("water", await _api.CaseIdAsync(submitted.Id, "water"));
        Assert.Equal(diameter * 8000L, (long)water["quote"]!["payableFen"]!);
    }
}
