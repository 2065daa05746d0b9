using System.Text.Json.Nodes;

namespace OneStop.ServiceTests.Infrastructure;

/// <summary>Valid joint-application request bodies, and a JSON merge patch (RFC 7396) to spoil one field of them.</summary>
public static class Requests
{
    public const string ResidentIdNumber = "11010519491231002X";
    public const string UnifiedSocialCreditCode = "91350100M000100Y43";
    public const string Phone = "13800138000";
    public const string MaskedPhone = "138****8000";
    public const string RegionCode = "330106";

    public static readonly string[] AllUtilities = ["electricity", "water", "gas", "heat", "network"];

    /// <summary>An individual's application for the given utilities; the address is unique so a test can find its own rows.</summary>
    public static JsonObject Valid(params string[] utilities) => new()
    {
        ["applicant"] = new JsonObject
        {
            ["type"] = "individual",
            ["name"] = "张三",
            ["idNumber"] = ResidentIdNumber,
            ["contactName"] = "张三",
            ["phone"] = Phone,
        },
        ["site"] = new JsonObject
        {
            ["address"] = $"浙江省杭州市西湖区文三路 {Guid.NewGuid().ToString("N")[..8]} 号",
            ["regionCode"] = RegionCode,
        },
        ["utilities"] = new JsonObject(utilities.Select(u => KeyValuePair.Create(u, (JsonNode?)UtilityRequest(u)))),
    };

    /// <summary>What the applicant asks of one utility; the utility's record must carry the same values as its details.</summary>
    public static JsonObject UtilityRequest(string utility) => utility switch
    {
        "electricity" => new JsonObject { ["capacityKw"] = 50, ["usage"] = "residential", ["powerSource"] = "single" },
        "water" => new JsonObject { ["pipeDiameterMm"] = 25, ["usage"] = "residential" },
        "gas" => new JsonObject { ["peakLoadM3PerHour"] = 2.5m, ["usage"] = "commercial" },
        "heat" => new JsonObject { ["heatedAreaM2"] = 120 },
        "network" => new JsonObject { ["bandwidthMbps"] = 500 },
        _ => throw new ArgumentOutOfRangeException(nameof(utility), utility, "not a utility"),
    };

    /// <summary>Applies a JSON merge patch: objects merge, null removes a member, anything else replaces it.</summary>
    public static JsonObject With(this JsonObject body, string mergePatch)
    {
        Merge(body, JsonNode.Parse(mergePatch)!.AsObject());
        return body;
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
                target.Remove(name);
            else if (value is JsonObject inner && target[name] is JsonObject existing)
                Merge(existing, inner);
            else
                target[name] = value.DeepClone();
        }
    }
}
