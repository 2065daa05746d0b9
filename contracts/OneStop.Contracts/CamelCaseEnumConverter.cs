using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>Enums travel as camelCase names, not numbers, so that reordering members never changes the wire.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
