using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>What the connection is used for; tariffs and time limits differ by it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Usage>))]
public enum Usage
{
    Residential,
    Commercial,
    Industrial,
    Agricultural,
    Public,
}
