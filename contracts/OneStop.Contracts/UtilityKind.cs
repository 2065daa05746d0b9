using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>The five utilities of 电水气热网.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<UtilityKind>))]
public enum UtilityKind
{
    Electricity,
    Water,
    Gas,
    Heat,
    Network,
}
