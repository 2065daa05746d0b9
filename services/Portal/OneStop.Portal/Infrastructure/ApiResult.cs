using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OneStop.Portal.Infrastructure;

/// <summary>A service's answer: its JSON, or its problem details with the field errors keyed by JSON path.</summary>
public sealed record ApiResult(HttpStatusCode Status, JsonNode? Body)
{
    public bool Ok => (int)Status is >= 200 and < 300;

    public string? Title => Body?["title"]?.GetValue<string>();

    public string? Detail => Body?["detail"]?.GetValue<string>();

    public Dictionary<string, string[]> Errors => Body?["errors"] is JsonObject errors
        ? errors.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => (string)m!).ToArray())
        : [];

    public JsonObject Object => Body!.AsObject();

    public JsonArray Array => Body!.AsArray();
}

/// <summary>A service's answer as its own record, or its problem details (field errors keyed by JSON path).</summary>
public sealed record ApiResult<T>(T? Value, HttpValidationProblemDetails? Problem)
{
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Ok => Problem is null;
}
