using System.Text.Json.Serialization;

namespace OneStop.Contracts.Approvals;

/// <summary>What an external-works route does to public space, as the surveyor found it; each needs its department's permit.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RouteFeature>))]
public enum RouteFeature
{
    /// <summary>开挖城市道路: digging up a city road (住建/城管).</summary>
    RoadExcavation,
    /// <summary>占用城市道路: occupying a road while working (公安交管).</summary>
    RoadOccupation,
    /// <summary>占用或迁移城市绿地: crossing green space (园林绿化).</summary>
    GreenSpace,
}
