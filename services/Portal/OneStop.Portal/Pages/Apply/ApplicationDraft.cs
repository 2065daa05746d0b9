using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneStop.Portal.Pages.Apply;

/// <summary>
/// The application being filled in, carried from step to step in the form itself (so nothing typed is lost, and any
/// portal replica can take the next step). Fields are keyed by their JSON path in the API's request, so that the API's
/// field errors land next to the very input they name. The idempotency key makes a double submission one application.
/// </summary>
public sealed class ApplicationDraft
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Fields the API takes as numbers; anything else in them is sent as typed, and the API names the field.</summary>
    private static readonly HashSet<string> Numbers = ["capacityKw", "pipeDiameterMm", "peakLoadM3PerHour", "heatedAreaM2", "bandwidthMbps"];

    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();
    public List<string> Utilities { get; set; } = [];
    public Dictionary<string, string> Fields { get; set; } = [];
    public Dictionary<string, DocumentChoice> Documents { get; set; } = [];

    /// <summary>A document given (DocumentId, with what the applicant saw of it), or a commitment to give it later.</summary>
    public sealed class DocumentChoice
    {
        public Guid? DocumentId { get; set; }
        public string? Label { get; set; }
        public string? CommitmentSignedBy { get; set; }
    }

    public string Field(string path) => Fields.GetValueOrDefault(path) ?? "";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ApplicationDraft FromJson(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? new ApplicationDraft() : JsonSerializer.Deserialize<ApplicationDraft>(json, Json) ?? new ApplicationDraft();
        }
        catch (JsonException)
        {
            return new ApplicationDraft();
        }
    }

    /// <summary>The submission as the API takes it.</summary>
    public JsonObject ToRequest()
    {
        var request = new JsonObject();
        foreach (var (path, value) in Fields.Where(f => !string.IsNullOrWhiteSpace(f.Value) && Chosen(f.Key)))
        {
            var parts = path.Split('.');
            var node = request;
            foreach (var part in parts[..^1])
                node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
            node[parts[^1]] = Numbers.Contains(parts[^1]) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value.Trim());
        }
        var utilities = request["utilities"] as JsonObject ?? (JsonObject)(request["utilities"] = new JsonObject());
        foreach (var utility in Utilities.Where(u => utilities[u] is null))
            utilities[utility] = new JsonObject();
        request["documents"] = new JsonArray(Documents.Select(d => (JsonNode)(d.Value.DocumentId is { } id
            ? new JsonObject { ["type"] = d.Key, ["documentId"] = id.ToString() }
            : new JsonObject { ["type"] = d.Key, ["commitment"] = new JsonObject { ["signedBy"] = d.Value.CommitmentSignedBy } })).ToArray());
        return request;
    }

    /// <summary>Per-utility fields count only for the utilities still chosen.</summary>
    private bool Chosen(string path) => !path.StartsWith("utilities.", StringComparison.Ordinal) || Utilities.Contains(path.Split('.')[1]);
}
