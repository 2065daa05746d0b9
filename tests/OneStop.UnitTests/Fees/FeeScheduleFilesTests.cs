using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Fees;

namespace OneStop.UnitTests.Fees;

public sealed class FeeScheduleFilesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("onestop-fees-").FullName;

    private const string Basis = "某省发展改革委《关于核定接入工程收费标准的批复》（某发改价格〔2026〕1号）";

    private static string Item(string code = "connection", string formula = "perMetre", string basis = Basis, string from = "2025-01-01", string? until = null) =>
        $$"""{ "code": "{{code}}", "nameZh": "接入费", "nameEn": "Connection", "basis": "{{basis}}", "formula": "{{formula}}", "part": "connection", "rateFen": 100, "validFrom": "{{from}}"{{(until is null ? "" : $", \"validUntil\": \"{until}\"")}} }""";

    private string Write(string name, string items, string utility = "water", string region = "") =>
        WriteText(name, $$"""{ "utility": "{{utility}}", "region": "{{region}}", "title": "测试目录 / Test schedule", "items": [{{items}}], "zeroInvestment": [] }""");

    private string WriteText(string name, string text)
    {
        File.WriteAllText(Path.Combine(_directory, name), text);
        return _directory;
    }

    [Fact]
    public void The_shipped_schedules_are_valid_and_cover_every_utility()
    {
        var schedules = FeeScheduleFiles.Load([Path.Combine(AppContext.BaseDirectory, "schedules")]);

        Assert.Equal(Enum.GetValues<UtilityKind>().Order(), schedules.Where(s => s.Region == "").Select(s => s.Utility).Order());
    }

    [Theory]
    [InlineData("", "legal basis")]
    [InlineData("批复", "legal basis")]
    public void An_item_without_a_legal_basis_stops_the_service(string basis, string expected)
    {
        var problem = Assert.Single(Assert.Throws<FeeScheduleException>(() => FeeScheduleFiles.Load([Write("water.json", Item(basis: basis))])).Problems);

        Assert.Contains(expected, problem);
        Assert.Contains("items.connection", problem);
    }

    [Fact]
    public void An_unknown_formula_stops_the_service()
    {
        var problem = Assert.Single(Assert.Throws<FeeScheduleException>(() => FeeScheduleFiles.Load([Write("water.json", Item(formula: "perFoot"))])).Problems);

        Assert.Contains("perMetre", problem); // the formulas it could have been
    }

    [Fact]
    public void A_formula_for_another_utilitys_quantity_stops_the_service()
    {
        var problem = Assert.Single(Assert.Throws<FeeScheduleException>(() => FeeScheduleFiles.Load([Write("water.json", Item(formula: "perKw"))])).Problems);

        Assert.Contains("only for electricity", problem);
    }

    [Theory]
    [InlineData("2026-12-31", "2026-06-01", true)]
    [InlineData(null, "2030-01-01", true)]
    [InlineData("2026-12-31", "2027-01-01", false)]
    public void The_same_item_valid_twice_on_one_day_stops_the_service(string? firstUntil, string secondFrom, bool overlaps)
    {
        var directory = Write("water.json", Item(until: firstUntil) + "," + Item(from: secondFrom));

        if (overlaps)
            Assert.Contains("overlaps", Assert.Single(Assert.Throws<FeeScheduleException>(() => FeeScheduleFiles.Load([directory])).Problems));
        else
            Assert.Single(FeeScheduleFiles.Load([directory]));
    }

    [Fact]
    public void Two_files_for_one_utility_and_region_stop_the_service_and_every_problem_is_told_at_once()
    {
        Write("water.json", Item());
        Write("water-again.json", Item());
        Write("gas.json", Item(basis: ""), utility: "gas");

        var problems = Assert.Throws<FeeScheduleException>(() => FeeScheduleFiles.Load([_directory])).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("already publishes"));
        Assert.Contains(problems, p => p.Contains("gas.json") && p.Contains("legal basis"));
    }

    [Fact]
    public void A_schedule_from_the_operators_folder_replaces_the_shipped_one_for_its_utility_and_region()
    {
        Write("water.json", Item(code: "local-connection"));

        var schedules = new FeeSchedules(FeeScheduleFiles.Load([Path.Combine(AppContext.BaseDirectory, "schedules"), _directory]));

        Assert.Equal("local-connection", Assert.Single(schedules.For(UtilityKind.Water, "330106")!.Items).Code);
        Assert.Equal("", schedules.For(UtilityKind.Gas, "330106")!.Region);
    }

    [Fact]
    public void A_configured_folder_that_does_not_exist_stops_the_service_rather_than_charge_the_shipped_rates()
    {
        var problem = Assert.Single(Assert.Throws<FeeScheduleException>(() => FeeSchedules.Load(Path.Combine(_directory, "mistyped"))).Problems);

        Assert.Contains("does not exist", problem);
    }

    [Fact]
    public void The_most_specific_region_publishing_a_schedule_is_the_one_used()
    {
        Write("water-33.json", Item(code: "zhejiang"), region: "33");
        Write("water-3301.json", Item(code: "hangzhou"), region: "3301");
        var schedules = new FeeSchedules(FeeScheduleFiles.Load([_directory]));

        Assert.Equal("hangzhou", schedules.For(UtilityKind.Water, "330106")!.Items[0].Code);
        Assert.Equal("zhejiang", schedules.For(UtilityKind.Water, "330281")!.Items[0].Code);
        Assert.Null(schedules.For(UtilityKind.Water, "110101"));
        Assert.Equal(0, schedules.Quote(new FeeInputs(UtilityKind.Water, ApplicantType.Individual, "110101",
            new UtilityRequests(Water: new WaterRequest(20, Usage.Residential)), new DateOnly(2026, 12, 7))).PayableFen);
    }

    [Fact]
    public void A_new_rate_from_a_day_on_applies_from_that_day_and_the_old_one_until_then()
    {
        Write("water.json", Item(until: "2026-12-31") + "," + Item(from: "2027-01-01").Replace("\"rateFen\": 100", "\"rateFen\": 120"));
        var schedules = new FeeSchedules(FeeScheduleFiles.Load([_directory]));
        FeeQuote On(int year, int month, int day) => schedules.Quote(new FeeInputs(UtilityKind.Water, ApplicantType.Individual, "330106",
            new UtilityRequests(Water: new WaterRequest(20, Usage.Residential)), new DateOnly(year, month, day), ExternalLineMetres: 10));

        Assert.Equal(1000, On(2026, 12, 31).PayableFen);
        Assert.Equal(1200, On(2027, 1, 1).PayableFen);
    }

    [Theory]
    [InlineData(1, "0.5", 1)]
    [InlineData(3, "0.5", 2)]
    [InlineData(3, "0.49", 1)]
    [InlineData(16000, "160.01", 2560160)]
    public void Each_line_is_rounded_half_away_from_zero_to_the_fen(long rateFen, string capacityKw, long amountFen)
    {
        WriteText("electricity.json", $$"""
            { "utility": "electricity", "region": "", "title": "测试目录 / Test schedule", "zeroInvestment": [],
              "items": [{ "code": "per-kw", "nameZh": "按容量", "nameEn": "Per kW", "basis": "{{Basis}}", "formula": "perKw", "part": "supply", "rateFen": {{rateFen}}, "validFrom": "2025-01-01" }] }
            """);
        var schedules = new FeeSchedules(FeeScheduleFiles.Load([_directory]));

        var quote = schedules.Quote(new FeeInputs(UtilityKind.Electricity, ApplicantType.Enterprise, "330106",
            new UtilityRequests(Electricity: new ElectricityRequest(decimal.Parse(capacityKw, System.Globalization.CultureInfo.InvariantCulture), Usage.Commercial)),
            new DateOnly(2026, 12, 7)));

        Assert.Equal(amountFen, quote.PayableFen);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
