using System.Text.Json.Nodes;

namespace OneStop.ServiceTests.Hostile;

/// <summary>Every value of a JSON document by its path ("$.site.address"), and a copy with one of them replaced or removed.</summary>
public static class JsonPaths
{
    public static IEnumerable<string> Paths(JsonNode? node, string path = "$")
    {
        yield return path;
        var children = node switch
        {
            JsonObject o => o.Select(p => (Path: $"{path}.{p.Key}", Node: p.Value)),
            JsonArray a => a.Select((n, i) => (Path: $"{path}[{i}]", Node: n)),
            _ => [],
        };
        foreach (var child in children)
            foreach (var inner in Paths(child.Node, child.Path))
                yield return inner;
    }

    public static string Replace(JsonNode document, string path, string value)
    {
        if (path == "$")
            return JsonValue.Create(value).ToJsonString();
        var copy = document.DeepClone();
        var node = Find(copy, path);
        node.ReplaceWith(JsonValue.Create(value));
        return copy.ToJsonString();
    }

    public static string Remove(JsonNode document, string path)
    {
        var copy = document.DeepClone();
        var node = Find(copy, path);
        switch (node.Parent)
        {
            case JsonObject o:
                o.Remove(node.GetPropertyName());
                break;
            case JsonArray a:
                a.Remove(node);
                break;
        }
        return copy.ToJsonString();
    }

    private static JsonNode Find(JsonNode root, string path) =>
        Paths(root).Zip(Nodes(root)).Single(p => p.First == path).Second!;

    private static IEnumerable<JsonNode?> Nodes(JsonNode? node)
    {
        yield return node;
        var children = node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a.AsEnumerable(), _ => [] };
        foreach (var child in children)
            foreach (var inner in Nodes(child))
                yield return inner;
    }
}
