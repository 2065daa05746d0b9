using Microsoft.Extensions.Options;
using OneStop.Contracts;
using OneStop.Workflow;
using static OneStop.Workflow.WorkflowOptions;

namespace OneStop.UnitTests.Workflow;

public sealed class StageCataloguesTests
{
    [Theory]
    [InlineData(160, Usage.Residential, PowerSource.Single, "electricity-low-voltage-residential")]
    [InlineData(8, Usage.Residential, PowerSource.Dual, "electricity-low-voltage-residential")]
    [InlineData(160, Usage.Commercial, PowerSource.Single, "electricity-low-voltage-non-residential")]
    [InlineData(160.5, Usage.Residential, PowerSource.Single, "electricity-high-voltage-single-source")]
    [InlineData(2000, Usage.Industrial, PowerSource.Dual, "electricity-high-voltage-dual-source")]
    public void Electricity_follows_voltage_usage_and_power_sources(double capacityKw, Usage usage, PowerSource source, string expected)
    {
        var requests = new UtilityRequests(new ElectricityRequest((decimal)capacityKw, usage, source), null, null, null, null);

        Assert.Equal(expected, CatalogueKeys.For(UtilityKind.Electricity, requests));
        Assert.Null(CatalogueKeys.For(UtilityKind.Water, requests));
    }

    [Theory]
    [InlineData("electricity-low-voltage-residential", 2)]
    [InlineData("electricity-low-voltage-non-residential", 10)]
    [InlineData("water", 3)]
    [InlineData("gas", 3)]
    [InlineData("heat", 3)]
    public void The_defaults_keep_the_published_totals(string key, double totalWorkingDays) =>
        Assert.Equal(totalWorkingDays, Catalogues().For(key, "330106").TotalLimitWorkingDays);

    [Theory]
    [InlineData("electricity-high-voltage-single-source", 15)]
    [InlineData("electricity-high-voltage-dual-source", 30)]
    public void High_voltage_has_four_stages_and_waits_for_the_customers_works_before_inspection(string key, double supplyPlanDays)
    {
        var stages = Catalogues().For(key, "330106").Stages;

        Assert.Equal(["acceptance", "supply-plan", "completion-inspection", "metering-energising"], stages.Select(s => s.Code));
        Assert.Equal(supplyPlanDays, stages[1].LimitWorkingDays);
        Assert.Equal([false, false, true, false], stages.Select(s => s.AwaitsCustomerWorks));
        Assert.Equal(5, stages[2].LimitWorkingDays + stages[3].LimitWorkingDays);
    }

    [Theory]
    [InlineData("330106", "district")]
    [InlineData("330102", "city")]
    [InlineData("330482", "province")]
    [InlineData("110105", "acceptance-survey")] // the default
    public void The_most_specific_region_that_configures_a_catalogue_wins(string regionCode, string expectedFirstStage)
    {
        var catalogues = Catalogues(new()
        {
            ["33"] = Water("province"),
            ["3301"] = Water("city"),
            ["330106"] = Water("district"),
        });

        Assert.Equal(expectedFirstStage, catalogues.For("water", regionCode).Stages[0].Code);
    }

    [Fact]
    public void Every_configuration_mistake_is_reported_at_once()
    {
        var options = new WorkflowOptions
        {
            Regions = new()
            {
                ["3"] = new() { ["water"] = new() { Stages = [Stage("a", 1)] } },
                ["33"] = new()
                {
                    ["sewage"] = new() { Stages = [Stage("a", 1)] },
                    ["gas"] = new() { Stages = [] },
                    ["heat"] = new() { Stages = [Stage("a", 0), Stage("a", 1)] },
                },
            },
        };

        var problems = new WorkflowOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(problems, p => p.StartsWith("Workflow:Regions:3:", StringComparison.Ordinal) && p.Contains("prefix"));
        Assert.Contains(problems, p => p.StartsWith("Workflow:Regions:33:sewage", StringComparison.Ordinal) && p.Contains("unknown catalogue"));
        Assert.Contains(problems, p => p.StartsWith("Workflow:Regions:33:gas", StringComparison.Ordinal) && p.Contains("at least one stage"));
        Assert.Contains(problems, p => p.StartsWith("Workflow:Regions:33:heat:Stages:0", StringComparison.Ordinal) && p.Contains("LimitWorkingDays"));
        Assert.Contains(problems, p => p.StartsWith("Workflow:Regions:33:heat", StringComparison.Ordinal) && p.Contains("unique"));
        Assert.True(new WorkflowOptionsValidator().Validate(null, new WorkflowOptions { Regions = new() { ["33"] = Water("x") } }).Succeeded);
    }

    private static StageCatalogues Catalogues(Dictionary<string, Dictionary<string, CatalogueOptions>>? regions = null) =>
        new(Options.Create(new WorkflowOptions { Regions = regions ?? [] }));

    private static Dictionary<string, CatalogueOptions> Water(string firstStage) =>
        new() { ["water"] = new() { Stages = [Stage(firstStage, 1), Stage("turn-on", 1)] } };

    private static StageOptions Stage(string code, double days) =>
        new() { Code = code, NameZh = "环节", NameEn = "Stage", LimitWorkingDays = days };
}
