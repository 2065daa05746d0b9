using OneStop.Contracts;

namespace OneStop.Fees;

/// <summary>
/// A utility's published fee schedule (收费项目目录清单) for a region: a 2-, 4- or 6-digit administrative division prefix,
/// or empty for everywhere no region publishes its own. The most specific region's schedule replaces the others whole,
/// as a price authority publishes its list whole. <see cref="Parks"/> are the region's listed parks (省级及以上园区), for
/// the rules that extend investment there.
/// </summary>
public sealed record FeeSchedule(
    UtilityKind Utility, string Region, string Title, IReadOnlyList<FeeItem> Items, IReadOnlyList<ZeroInvestmentRule> ZeroInvestment,
    IReadOnlyList<ListedPark>? Parks = null)
{
    public IReadOnlyList<ListedPark> ListedParks => Parks ?? [];
}

public sealed record ListedPark(string Code, string Name);
