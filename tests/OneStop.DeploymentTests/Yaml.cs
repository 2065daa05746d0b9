using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace OneStop.DeploymentTests;

/// <summary>Reads YAML into JsonNodes, which are easy to navigate; every scalar becomes a string.</summary>
public static class Yaml
{
    public static List<JsonNode> ParseDocuments(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => ToJson(d.RootNode)!).ToList();
    }

    public static JsonNode Parse(string yaml) => ParseDocuments(yaml).Single();

    public static string? Text(this JsonNode? node) => node?.GetValue<string>();

    public static IEnumerable<JsonNode> Items(this JsonNode? node) =>
        node?.AsArray().Select(item => item!) ?? [];

    public static IEnumerable<string> Keys(this JsonNode? node) =>
        node?.AsObject().Select(p => p.Key) ?? [];

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p =>
            KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar when IsNull(scalar) => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";
}
