using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Documents;

/// <summary>The published directory of designers and builders (no 三指定): searched by anyone, licences in force only.</summary>
public sealed class ContractorsTests : IClassFixture<ServiceHost>
{
    private readonly ServiceHost host;

    public ContractorsTests(ServiceHost host)
    {
        this.host = host;
        // Licences run out: the directory is read on a day of the shipped file's, whatever the machine's date.
        host.Clock.AdjustTime(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<JsonObject> SearchAsync(string query) =>
        (await host.ClientFor(null).GetFromJsonAsync<JsonObject>($"/api/intake/contractors?{query}", Cancellation))!;

    private static List<string> Names(JsonObject directory) => directory["contractors"]!.AsArray().Select(c => (string)c!["name"]!).ToList();

    [Fact]
    public async Task Anyone_finds_the_companies_that_may_build_for_a_utility_in_a_district_and_is_told_the_choice_is_theirs()
    {
        var builders = await SearchAsync("utility=electricity&work=construction&regionCode=330106");
        var designers = await SearchAsync("utility=electricity&work=design&regionCode=330106");

        Assert.Equal(["杭州西湖示例电力工程有限公司"], Names(builders));
        Assert.Equal(["杭州城北示例电力设计院有限公司"], Names(designers)); // serves all of Zhejiang ("33")
        Assert.Contains("不搞“三指定”", (string?)builders["rule"]);
        Bilingual.AssertIs((string?)builders["rule"]);
        var company = builders["contractors"]![0]!;
        Assert.Equal(("91330106158813992U", "2030-06-30"), ((string?)company["creditCode"], (string?)company["licenceValidUntil"]));
    }

    [Fact]
    public async Task A_company_whose_licence_has_run_out_is_not_listed()
    {
        var everyone = await SearchAsync("");

        Assert.Equal(7, (int)everyone["total"]!);
        Assert.DoesNotContain(Names(everyone), name => name.Contains("已过期"));
        Assert.Equal(["济宁示例电力安装有限公司"], Names(await SearchAsync("utility=electricity&regionCode=370811")));
        Assert.Equal(["邹城示例水务工程有限公司"], Names(await SearchAsync("name=水务")));
    }

    [Theory]
    [InlineData("utility=sewage", "utility")]
    [InlineData("work=supply", "work")]
    [InlineData("regionCode=3301", "regionCode")]
    [InlineData("page=0", "page")]
    [InlineData("name=%E2%80%AE%E7%94%B5", "name")]
    public async Task A_search_it_cannot_answer_is_a_400_naming_the_field(string query, string field)
    {
        using var response = await host.ClientFor(null).GetAsync($"/api/intake/contractors?{query}", Cancellation);

        Assert.Equal([field], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
    }

    [Fact]
    public async Task The_portal_lists_them_and_the_guide_links_to_them()
    {
        var anonymous = host.ClientFor(null);

        Assert.Contains("href=\"/contractors\"", await anonymous.GetStringAsync("/guide", Cancellation));
        var page = await anonymous.GetStringAsync("/contractors?utility=gas", Cancellation);
        Assert.Contains("杭州示例燃气工程有限公司", page);
        Assert.DoesNotContain("杭州西湖示例电力工程有限公司", page);
        Assert.Contains("共 2 家", page);
    }
}
