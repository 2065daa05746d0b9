using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>High-voltage supply from one or two sources (双电源); the supply plan's time limit differs by it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PowerSource>))]
public enum PowerSource
{
    Single,
    Dual,
}
