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
}
