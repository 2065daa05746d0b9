using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Contracts;

namespace OneStop.ServiceDefaults;

/// <summary>Every enum in the services' JSON, the services' own as well as the contracts', read and written by <see cref="CamelCaseEnumConverter{TEnum}"/>.</summary>
public sealed class CamelCaseEnums : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(CamelCaseEnumConverter<>).MakeGenericType(typeToConvert))!;
}
