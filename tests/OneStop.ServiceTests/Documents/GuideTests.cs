using System.Net;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Documents;

/// <summary>The public service guide: the one document set a case needs, how each is given, the stages, limits and fees.</summary>
public sealed class GuideTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_household_asking_for_electricity_only_needs_its_identity_card_and_real_estate_certificate_both_fetched_at_zero_cost()
    {
        var guide = await host.ClientFor(null).GuideAsync("applicantType=individual&utilities=electricity&capacityKw=8&electricityUsage=residential");

        Assert.Equal([("resident-id", "fetch", null), ("property-certificate", "fetch", (int?)15)], Documents(guide));
        var property = Document(guide, "property-certificate");
        Assert.Equal([("electricity", "metering-energising")], Needs(property));
        Assert.All(guide["documents"]!.AsArray(), d => Assert.All(d!["legalBasis"]!.AsArray(), basis => Bilingual.AssertIs((string?)basis)));
        var electricity = Assert.Single(guide["utilities"]!.AsArray())!;
        Assert.Equal("electricity-low-voltage-residential", (string?)electricity["catalogue"]);
        Assert.Equal(["acceptance", "metering-energising"], electricity["stages"]!.AsArray().Select(s => (string?)s!["code"]));
        Assert.Equal(2, (double)electricity["totalWorkingDays"]!);
        var estimate = electricity["estimate"]!;
        Assert.Equal((0L, 60000L, 0), ((long)estimate["payableFen"]!, (long)estimate["waivedFen"]!, estimate["pending"]!.AsArray().Count));
        Assert.Equal("three-zeros-low-voltage", (string?)Assert.Single(estimate["zeroInvestments"]!.AsArray())!["code"]);
        Bilingual.AssertIs((string?)guide["rules"]);
    }

    [Fact]
    public async Task An_enterprise_asking_for_high_voltage_water_and_gas_needs_one_set_of_five_documents()
    {
        var guide = await host.ClientFor(null).GuideAsync(
            "applicantType=enterprise&utilities=electricity,water,gas&capacityKw=800&electricityUsage=industrial&powerSource=dual&waterUsage=commercial&gasUsage=commercial");

        Assert.Equal(
            [("business-licence", "fetch", null), ("property-certificate", "fetch", 15), ("load-list", "upload", 5), ("site-plan", "upload", null),
                ("gas-appliance-list", "upload", (int?)10)],
            Documents(guide));
        Assert.Equal([("electricity", null), ("water", null), ("gas", null)], Needs(Document(guide, "business-licence")));
        Assert.Equal([("electricity", "supply-plan")], Needs(Document(guide, "load-list")));
        Assert.Equal([("gas", "inspection-turn-on")], Needs(Document(guide, "gas-appliance-list")));
        var electricity = guide["utilities"]!.AsArray().Single(u => (string?)u!["utility"] == "electricity")!;
        Assert.Equal("electricity-high-voltage-dual-source", (string?)electricity["catalogue"]);
        Assert.Equal(36, (double)electricity["totalWorkingDays"]!);
        var estimate = electricity["estimate"]!;
        // The second source's fee follows from the capacity; the external line waits for the survey to measure it.
        Assert.Equal(800 * 16000, (long)estimate["payableFen"]!);
        Assert.Equal(["externalLineMetres"], estimate["pending"]!.AsArray().Select(p => (string?)p));
        Assert.All(estimate["lines"]!.AsArray(), line => Assert.False(string.IsNullOrWhiteSpace((string?)line!["basis"])));
        var water = guide["utilities"]!.AsArray().Single(u => (string?)u!["utility"] == "water")!["estimate"]!;
        Assert.Equal(["pipeDiameterMm"], water["pending"]!.AsArray().Select(p => (string?)p)); // the guide was not told the diameter
    }

    [Fact]
    public async Task All_five_utilities_share_the_identity_card_and_four_of_them_the_real_estate_certificate()
    {
        var guide = await host.ClientFor(null).GuideAsync("applicantType=individual&utilities=electricity,water,gas,heat,network&capacityKw=8&electricityUsage=residential");

        Assert.Equal([("resident-id", "fetch", null), ("property-certificate", "fetch", (int?)15)], Documents(guide));
        Assert.Equal(["electricity", "water", "gas", "heat", "network"], Needs(Document(guide, "resident-id")).Select(n => n.Utility));
        Assert.Equal(["electricity", "water", "gas", "heat"], Needs(Document(guide, "property-certificate")).Select(n => n.Utility));
        Assert.Equal(5, guide["utilities"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_estimate_follows_the_regions_published_schedule_and_the_sizes_given()
    {
        var guide = await host.ClientFor(null).GuideAsync(
            "applicantType=enterprise&utilities=electricity,water,heat&capacityKw=1250&electricityUsage=industrial&pipeDiameterMm=50&heatedAreaM2=1200&regionCode=370811");

        var estimates = guide["utilities"]!.AsArray().ToDictionary(u => (string)u!["utility"]!, u => u!["estimate"]!);
        // Jining: the county bears an enterprise's external line up to 1250 kVA, so nothing waits on the survey.
        Assert.Equal((0L, 0), ((long)estimates["electricity"]["payableFen"]!, estimates["electricity"]["pending"]!.AsArray().Count));
        Assert.StartsWith("济宁市", (string?)estimates["electricity"]["schedule"]);
        Assert.Equal(50 * 8000, (long)estimates["water"]["payableFen"]!);
        Assert.Equal(1200 * 3000, (long)estimates["heat"]["payableFen"]!);
        Assert.Equal(["externalLineMetres"], estimates["heat"]["pending"]!.AsArray().Select(p => (string?)p));

        // Above 1250 kVA the county's rule ends; in a listed park the grid invests up to the red line instead.
        var outside = await host.ClientFor(null).GuideAsync("applicantType=enterprise&utilities=electricity&capacityKw=2000&electricityUsage=industrial&regionCode=370811");
        var inPark = await host.ClientFor(null).GuideAsync(
            "applicantType=enterprise&utilities=electricity&capacityKw=2000&electricityUsage=industrial&regionCode=370811&parkCode=jining-high-tech-zone");
        Assert.Equal(["externalLineMetres"], outside["utilities"]![0]!["estimate"]!["pending"]!.AsArray().Select(p => (string?)p));
        var parkEstimate = inPark["utilities"]![0]!["estimate"]!;
        Assert.Empty(parkEstimate["pending"]!.AsArray());
        Assert.Equal("listed-park-to-red-line", (string?)Assert.Single(parkEstimate["zeroInvestments"]!.AsArray())!["code"]);
    }

    [Fact]
    public async Task A_signed_in_applicant_is_offered_what_its_wallet_holds()
    {
        var owner = host.ClientFor("zhangsan");
        var fetched = await (await owner.FetchCertificateAsync("property-certificate")).JsonAsync();
        (await owner.ConsentAsync(fetched.Id())).EnsureSuccessStatusCode();

        var guide = await owner.GuideAsync("applicantType=individual&utilities=water");

        var property = Document(guide, "property-certificate");
        Assert.Equal(("reuse", fetched.Id()), ((string)property["provision"]!, Guid.Parse((string)property["reuseDocumentId"]!)));
        Assert.Equal("fetch", (string?)Document(guide, "resident-id")["provision"]);
    }

    [Theory]
    [InlineData("utilities=water", "applicantType")]
    [InlineData("applicantType=individual", "utilities")]
    [InlineData("applicantType=individual&utilities=water,sewage", "utilities")]
    [InlineData("applicantType=individual&utilities=electricity", "capacityKw,electricityUsage")]
    [InlineData("applicantType=individual&utilities=gas&gasUsage=cooking", "gasUsage")]
    [InlineData("applicantType=individual&utilities=water&regionCode=33", "regionCode")]
    [InlineData("applicantType=individual&utilities=water,heat&pipeDiameterMm=5&heatedAreaM2=0", "heatedAreaM2,pipeDiameterMm")]
    [InlineData("applicantType=enterprise&utilities=electricity&capacityKw=2000&electricityUsage=industrial&regionCode=330106&parkCode=jining-high-tech-zone", "parkCode")]
    public async Task A_query_it_cannot_answer_is_a_400_naming_each_field(string query, string fields)
    {
        using var response = await host.ClientFor(null).GetAsync($"/api/intake/guide?{query}", Cancellation);

        Assert.Equal(fields.Split(','), (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys.Order());
    }

    private static List<(string Type, string Provision, int? CommitmentDays)> Documents(JsonObject guide) =>
        guide["documents"]!.AsArray().Select(d => ((string)d!["type"]!, (string)d["provision"]!, (int?)d["commitmentWorkingDays"])).ToList();

    private static JsonObject Document(JsonObject guide, string type) =>
        guide["documents"]!.AsArray().Single(d => (string?)d!["type"] == type)!.AsObject();

    private static List<(string Utility, string? BeforeStage)> Needs(JsonObject document) =>
        document["neededBy"]!.AsArray().Select(n => ((string)n!["utility"]!, (string?)n["beforeStage"])).ToList();
}
