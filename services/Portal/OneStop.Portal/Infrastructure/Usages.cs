
namespace OneStop.Portal.Infrastructure;

/// <summary>What a connection is used for, as the forms offer it (the API's values, in both languages).</summary>
public static class Usages
{
    public static readonly IReadOnlyList<(string Value, string Chinese, string English)> All =
    [
        ("residential", "居民生活", "Residential"), ("commercial", "商业", "Commercial"), ("industrial", "工业", "Industrial"),
        ("agricultural", "农业", "Agricultural"), ("public", "公共服务", "Public"),
    ];
}
