using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Contracts;

/// <summary>
/// Enums travel as camelCase names, not numbers, so that reordering members never changes the wire. Reading takes
/// exactly one name, in any case: no number, and no comma-joined names (JsonStringEnumConverter reads "water,gas" as a
/// value that no name stands for, which then fails far from the request that carried it).
/// </summary>
public sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Distinct().ToDictionary(value => value, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(n => n.Value, n => n.Key, StringComparer.OrdinalIgnoreCase);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw Invalid();

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(Name(value));

    private static TEnum Parse(string? name) => name is not null && Values.TryGetValue(name, out var value) ? value : throw Invalid();

    private static string Name(TEnum value) => Names.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} is not a {typeof(TEnum).Name}.");

    private static JsonException Invalid() => new($"Expected one of: {string.Join(", ", Names.Values)}.");
}
