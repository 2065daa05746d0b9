namespace OneStop.Contracts;

/// <summary>How applicants call each utility's company, in Chinese and in English.</summary>
public static class UtilityKindNames
{
    public static (string Chinese, string English) CompanyName(this UtilityKind utility) => utility switch
    {
        UtilityKind.Electricity => ("供电公司", "electricity company"),
        UtilityKind.Water => ("供水公司", "water company"),
        UtilityKind.Gas => ("燃气公司", "gas company"),
        UtilityKind.Heat => ("供热公司", "heating company"),
        UtilityKind.Network => ("通信运营商", "network operator"),
        _ => throw new ArgumentOutOfRangeException(nameof(utility), utility, null),
    };

    /// <summary>Several companies in one phrase: "供电公司、供水公司" and "electricity company and water company".</summary>
    public static (string Chinese, string English) CompanyNames(this IEnumerable<UtilityKind> utilities)
    {
        var names = utilities.Select(CompanyName).ToList();
        var english = names.Select(n => n.English).ToList();
        return (string.Join("、", names.Select(n => n.Chinese)),
            english.Count < 2 ? string.Concat(english) : $"{string.Join(", ", english[..^1])} and {english[^1]}");
    }
}
