using System.Text.Json.Nodes;

namespace OneStop.Testing;

/// <summary>Valid joint-application bodies (real check digits) for any subset of the five utilities.</summary>
public static class SampleApplications
{
    public static readonly string[] Utilities = ["electricity", "water", "gas", "heat", "network"];

    public static JsonObject Body(params string[] utilities)
    {
        var requests = new JsonObject();
        foreach (var utility in utilities)
            requests[utility] = utility switch
            {
                "electricity" => new JsonObject { ["capacityKw"] = 120, ["usage"] = "commercial" },
                "water" => new JsonObject { ["pipeDiameterMm"] = 25, ["usage"] = "commercial" },
                "gas" => new JsonObject { ["peakLoadM3PerHour"] = 10, ["usage"] = "commercial" },
                "heat" => new JsonObject { ["heatedAreaM2"] = 800 },
                "network" => new JsonObject { ["bandwidthMbps"] = 500 },
                _ => throw new ArgumentOutOfRangeException(nameof(utilities), utility, null),
            };
        return new JsonObject
        {
            ["applicant"] = new JsonObject
            {
                ["type"] = "enterprise",
                ["name"] = "杭州示例科技有限公司",
                ["idNumber"] = "91350100M000100Y43",
                ["contactName"] = "张三",
                ["phone"] = "13800138000",
            },
            ["site"] = new JsonObject { ["address"] = "浙江省杭州市西湖区文三路100号", ["regionCode"] = "330106" },
            ["utilities"] = requests,
        };
    }

    /// <summary>The non-empty subset numbered <paramref name="index"/> (1–31), so that a run covers all 31 subsets in turn.</summary>
    public static string[] Subset(int index)
    {
        var mask = index % 31 + 1;
        return Utilities.Where((_, bit) => (mask & (1 << bit)) != 0).ToArray();
    }
}
