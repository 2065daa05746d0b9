using OneStop.Contracts;
using OneStop.Contracts.Contractors;
using OneStop.Intake.Contractors;

namespace OneStop.UnitTests.Contractors;

public sealed class ContractorDirectoryTests
{
    private static Contractor Company(string creditCode = "91330106158813992U", string region = "3301", string name = "示例电力工程有限公司") =>
        new(name, creditCode, [UtilityKind.Electricity], [ContractorWork.Construction], [region], "承装（修、试）电力设施许可证 三级", "3-1-00123-2024",
            new DateOnly(2030, 6, 30), "0571-8700 0101", "浙江省杭州市西湖区文三路 1 号");

    [Fact]
    public void The_shipped_directory_is_valid()
    {
        Assert.Equal(8, ContractorDirectory.Load().All.Count);
    }

    [Theory]
    [InlineData("91330106158813992A", "3301", "unified social credit code")]
    [InlineData("91330106158813992U", "330", "division prefixes")]
    [InlineData("91330106158813992U", "3301", "")]
    public void A_wrong_entry_is_named(string creditCode, string region, string problem)
    {
        var problems = ContractorDirectory.Problems([Company(creditCode, region)]).ToList();

        if (problem.Length == 0)
            Assert.Empty(problems);
        else
            Assert.Contains(problem, Assert.Single(problems));
    }

    [Fact]
    public void A_company_listed_twice_is_named()
    {
        Assert.Contains("listed 2 times", Assert.Single(ContractorDirectory.Problems([Company(), Company(name: "另一名称")])));
    }

    [Fact]
    public void A_licence_counts_to_the_end_of_its_last_day()
    {
        var directory = new ContractorDirectory([Company()]);

        Assert.Single(directory.Search(UtilityKind.Electricity, null, "330106", null, new DateOnly(2030, 6, 30)));
        Assert.Empty(directory.Search(UtilityKind.Electricity, null, "330106", null, new DateOnly(2030, 7, 1)));
        Assert.Empty(directory.Search(UtilityKind.Water, null, "330106", null, new DateOnly(2026, 12, 7)));
        Assert.Empty(directory.Search(null, null, "370811", null, new DateOnly(2026, 12, 7)));
    }
}
