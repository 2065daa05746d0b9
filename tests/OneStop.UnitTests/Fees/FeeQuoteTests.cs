using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Fees;

namespace OneStop.UnitTests.Fees;

/// <summary>The shipped schedules' quotes: every zero-investment rule, and the formulas at their boundaries.</summary>
public sealed class FeeQuoteTests
{
    private static readonly FeeSchedules Schedules = FeeSchedules.Load();
    private static readonly DateOnly Today = new(2026, 12, 7);
    private const string Hangzhou = "330106";
    private const string Jining = "370811";

    private static FeeQuote Electricity(decimal capacityKw, Usage usage = Usage.Commercial, ApplicantType applicant = ApplicantType.Enterprise,
        string region = Hangzhou, int? metres = null, PowerSource source = PowerSource.Single, string? park = null) =>
        Schedules.Quote(new FeeInputs(UtilityKind.Electricity, applicant, region,
            new UtilityRequests(Electricity: new ElectricityRequest(capacityKw, usage, source)), Today, metres, park));

    [Theory]
    [InlineData(8, Usage.Residential, ApplicantType.Individual)]
    [InlineData(160, Usage.Commercial, ApplicantType.Enterprise)]
    public void Low_voltage_up_to_160_kW_pays_nothing_and_says_which_rule_made_it_free(decimal capacityKw, Usage usage, ApplicantType applicant)
    {
        var beforeSurvey = Electricity(capacityKw, usage, applicant);
        var afterSurvey = Electricity(capacityKw, usage, applicant, metres: 40);

        Assert.True(beforeSurvey.IsFree); // nothing waits on the survey: the line it would measure is the grid's anyway
        Assert.True(afterSurvey.IsFree);
        Assert.Equal("three-zeros-low-voltage", Assert.Single(afterSurvey.ZeroInvestments).Code);
        Assert.Equal(40 * 15000 + 60000, afterSurvey.WaivedFen);
        Assert.All(afterSurvey.Lines, line => Assert.Equal("three-zeros-low-voltage", line.WaivedBy));
    }

    [Fact]
    public void Above_160_kW_is_high_voltage_and_its_external_line_waits_for_the_survey_then_is_charged_per_metre()
    {
        var beforeSurvey = Electricity(160.01m);
        var afterSurvey = Electricity(160.01m, metres: 300);

        Assert.False(beforeSurvey.IsFree);
        Assert.Equal([FeeQuote.SurveyedLength], beforeSurvey.Pending);
        var line = Assert.Single(beforeSurvey.Lines);
        Assert.Equal(("high-voltage-external-line", (long?)null, 35000L), (line.Code, line.AmountFen, line.RateFen));
        Assert.Empty(afterSurvey.Pending);
        Assert.Equal(300 * 35000, afterSurvey.PayableFen);
        Assert.Empty(afterSurvey.ZeroInvestments);
    }

    [Fact]
    public void A_survey_that_finds_no_external_line_leaves_nothing_to_pay()
    {
        var quote = Electricity(630, metres: 0);

        Assert.True(quote.IsFree);
        Assert.Empty(quote.Lines);
    }

    [Theory]
    [InlineData(1250, 0)]
    [InlineData(1250.5, 300 * 35000)]
    public void In_Jining_the_county_bears_the_external_line_of_an_enterprise_up_to_1250_kVA(decimal capacityKva, long payableFen)
    {
        var quote = Electricity(capacityKva, region: Jining, metres: 300);

        Assert.Equal(payableFen, quote.PayableFen);
        Assert.Equal(payableFen == 0 ? ["county-bears-external-line"] : [], quote.ZeroInvestments.Select(z => z.Code));
        Assert.StartsWith("济宁市", quote.Schedule);
    }

    [Fact]
    public void The_county_rule_is_for_enterprises_and_for_Jining_only()
    {
        Assert.Equal(300 * 35000, Electricity(1000, Usage.Residential, ApplicantType.Individual, Jining, metres: 300).PayableFen);
        Assert.Equal(300 * 35000, Electricity(1000, region: Hangzhou, metres: 300).PayableFen);
    }

    [Fact]
    public void A_high_voltage_enterprise_in_a_listed_park_gets_investment_up_to_its_red_line_but_still_pays_for_a_second_source()
    {
        var inPark = Electricity(4000, region: Jining, metres: 500, source: PowerSource.Dual, park: "jining-high-tech-zone");
        var elsewhere = Electricity(4000, region: Jining, metres: 500, source: PowerSource.Dual, park: "not-a-listed-park");

        Assert.Equal("listed-park-to-red-line", Assert.Single(inPark.ZeroInvestments).Code);
        Assert.Equal(4000 * 16000, inPark.PayableFen);
        Assert.Equal(500 * 35000, inPark.WaivedFen);
        Assert.Equal(4000 * 16000 + 500 * 35000, elsewhere.PayableFen);
        Assert.Empty(elsewhere.ZeroInvestments);
    }

    [Fact]
    public void Water_and_gas_mains_outside_the_red_line_are_the_companys_and_the_rest_follows_the_request()
    {
        var water = Schedules.Quote(new FeeInputs(UtilityKind.Water, ApplicantType.Individual, Hangzhou,
            new UtilityRequests(Water: new WaterRequest(25, Usage.Residential)), Today, ExternalLineMetres: 120));
        var gas = Schedules.Quote(new FeeInputs(UtilityKind.Gas, ApplicantType.Enterprise, Hangzhou,
            new UtilityRequests(Gas: new GasRequest(40, Usage.Commercial)), Today, ExternalLineMetres: 80));

        Assert.Equal((25 * 8000L, 120 * 30000L), (water.PayableFen, water.WaivedFen));
        Assert.Equal("water-outside-red-line", Assert.Single(water.ZeroInvestments).Code);
        Assert.Equal((1200000L, 80 * 40000L), (gas.PayableFen, gas.WaivedFen));
        Assert.Equal("gas-non-residential-installation", gas.Lines.First(l => l.WaivedBy is null).Code);
    }

    [Fact]
    public void Heat_is_charged_per_m2_heated_and_per_metre_of_its_main()
    {
        var quote = Schedules.Quote(new FeeInputs(UtilityKind.Heat, ApplicantType.Individual, Hangzhou,
            new UtilityRequests(Heat: new HeatRequest(96.5m)), Today, ExternalLineMetres: 12));

        Assert.Equal(2895 * 100 + 12 * 50000, quote.PayableFen); // 96.5 m² × 30 元 = 2895 元
    }
}
