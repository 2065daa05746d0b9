using System.Text.Json;
using OneStop.Contracts;
using OneStop.Validation;

namespace OneStop.UnitTests.Validation;

/// <summary>An enum given by a client is exactly one of its names, in a query string (EnumName) and in JSON (CamelCaseEnumConverter).</summary>
public sealed class EnumNameTests
{
    [Theory]
    [InlineData("water", UtilityKind.Water)]
    [InlineData("WATER", UtilityKind.Water)]
    [InlineData("Electricity", UtilityKind.Electricity)]
    public void One_name_in_any_case_is_read(string text, UtilityKind expected)
    {
        Assert.Equal(expected, EnumName.Parse<UtilityKind>(text));
        Assert.Equal(expected, JsonSerializer.Deserialize<UtilityKind>($"\"{text}\""));
    }

    [Theory]
    [InlineData("water,gas")]
    [InlineData("water, gas")]
    [InlineData(" water")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("waters")]
    public void Numbers_padding_and_joined_names_are_refused(string text)
    {
        Assert.Null(EnumName.Parse<UtilityKind>(text));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UtilityKind>($"\"{text}\""));
    }

    [Fact]
    public void A_json_number_is_refused_and_a_value_is_written_as_its_camel_case_name()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UtilityKind>("1"));
        Assert.Equal("\"water\"", JsonSerializer.Serialize(UtilityKind.Water));
        Assert.Equal("""{"water":1}""", JsonSerializer.Serialize(new Dictionary<UtilityKind, int> { [UtilityKind.Water] = 1 }));
    }
}
