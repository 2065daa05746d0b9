using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using OneStop.ServiceTests.Infrastructure;
using static OneStop.ServiceTests.Hostile.HostileValues;

namespace OneStop.ServiceTests.Hostile;

/// <summary>The generators: for each target, requests that spoil its well-formed request one or more ways at a time.</summary>
public static partial class HostileGen
{
    private const string Placeholder = "__hostile_value__";
    private static readonly string[] OtherMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    /// <summary>At least <paramref name="total"/> requests, the same number for every target so that each endpoint is attacked.</summary>
    public static Gen<HostileRequest[]> Batch(AttackSurface surface, int total)
    {
        var perTarget = (total + surface.Targets.Count - 1) / surface.Targets.Count;
        return surface.Targets.Aggregate(Gen.Const(Array.Empty<HostileRequest>()),
            (batch, target) => from before in batch from more in Request(surface, target).Array[perTarget] select before.Concat(more).ToArray());
    }

    private static Gen<HostileRequest> Request(AttackSurface surface, Target target) =>
        // Mostly users the endpoint lets in, so that most requests get past authorization to the code that reads them.
        from user in Gen.Frequency((3, Gen.OneOf(target.Admitted.ToArray())), (1, Gen.OneOf(Security.AccessMatrixTests.Users)))
        from authorization in Gen.Frequency((4, Gen.Const((string?)null)), (1, Gen.OneOf(surface.ForgedAuthorizations.ToArray()).Select(a => (string?)a)))
        from method in Gen.Frequency((19, Gen.Const(target.Method)), (1, Gen.OneOf(OtherMethods)))
        from path in Path(surface, target.Pattern)
        from query in Query(target.Query)
        from headers in Headers()
        from payload in target.Body is null ? NoBody() : PayloadFor(target)
        select new HostileRequest(target.Key, user, method, path + query, authorization, headers, payload.Bytes, payload.ContentType,
            $"{target.Key}: {payload.Attack}");

    internal sealed record Payload(byte[]? Bytes, string? ContentType, string Attack);

    private static Gen<string> Path(AttackSurface surface, string pattern)
    {
        var parameters = RouteParameter().Matches(pattern).Select(m => m.Value).ToArray();
        var realIds = surface.RealIds.ToArray();
        var value = Gen.Frequency(
            (3, Gen.OneOf(realIds)), (2, Gen.Guid.Select(g => g.ToString())), (3, Gen.OneOf(Route)),
            (2, Gen.OneOf(Requests.AllUtilities)), (1, Gen.OneOf("2027", "intake", "electricity")));
        return value.Array[parameters.Length].Select(values =>
        {
            var path = pattern;
            for (var i = 0; i < parameters.Length; i++)
                path = path.Replace(parameters[i], values[i]);
            return path;
        });
    }

    private static Gen<string> Query(string template)
    {
        var junk = from name in Gen.OneOf(QueryNames) from value in Gen.OneOf(Text) from encode in Gen.Bool
                   select $"{name}={(encode || !value.All(char.IsAsciiLetterOrDigit) ? PercentEncode(value) : value)}";
        return Gen.Frequency(
            (5, Gen.Const(template)),
            (3, junk.Array[1, 3].Select(pairs => (template.Length == 0 ? "?" : template + "&") + string.Join('&', pairs))),
            (1, Gen.OneOf("?", "?&&&", "?=", "?a", "?%", "?%ZZ=%ZZ", "?limit=1&limit=2", "?number[]=x", $"?{new string('q', 10_000)}=1")));
    }

    internal static string PercentEncode(string value) => string.Concat(Utf8(value).Select(b => $"%{b:X2}"));

    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> Headers()
    {
        var header = Gen.Frequency(
            (2, Gen.OneOf(IdempotencyKeys).Select(v => KeyValuePair.Create("Idempotency-Key", v))),
            (2, Gen.OneOf(Accepts).Select(v => KeyValuePair.Create("Accept", v))),
            (1, Gen.OneOf("zz", "*", "en;q=abc", "中文").Select(v => KeyValuePair.Create("Accept-Language", v))));
        return Gen.Frequency((2, Gen.Const<IReadOnlyList<KeyValuePair<string, string>>>([])), (3, header.Array[1, 3].Select(h => (IReadOnlyList<KeyValuePair<string, string>>)h)));
    }

    // A GET mostly has no body; now and then one with a body it never reads.
    private static Gen<Payload> NoBody() =>
        Gen.Frequency((6, Gen.Const(new Payload(null, null, "no body"))), (1, Junk()));

    private static Gen<Payload> PayloadFor(Target target) => target.ContentType switch
    {
        { } type when type.StartsWith("application/json") => Gen.Frequency((6, Json(target.Body!)), (1, Junk()), (1, Multipart())),
        { } type when type.StartsWith("multipart/") => Gen.Frequency((4, Multipart()), (1, Json(Utf8("{}"))), (1, Junk())),
        { } type when type.StartsWith("application/x-www-form-urlencoded") => Gen.Frequency((4, Form(target.Body!)), (1, Junk()), (1, Multipart())),
        _ => Gen.Frequency((3, Lines(target)), (1, Junk()), (1, Multipart())),
    };

    /// <summary>The well-formed JSON body with one value (or the whole of it) replaced, cut short, wrongly encoded or wrongly declared.</summary>
    private static Gen<Payload> Json(byte[] template)
    {
        var document = JsonNode.Parse(template)!;
        var paths = JsonPaths.Paths(document).ToArray();
        var replaced = from path in Gen.OneOf(paths) from value in Gen.OneOf(HostileValues.Json)
                       select (Utf8(JsonPaths.Replace(document, path, Placeholder).Replace($"\"{Placeholder}\"", value)), $"{path} = {Short(value)}");
        var invalidUtf8 = from path in Gen.OneOf(paths) from bytes in Gen.OneOf(InvalidUtf8)
                          select (Splice(JsonPaths.Replace(document, path, Placeholder), bytes), $"{path} = invalid UTF-8");
        var removed = from path in Gen.OneOf(paths.Where(p => p != "$").DefaultIfEmpty("$").ToArray())
                      select (Utf8(JsonPaths.Remove(document, path)), $"{path} removed");
        var truncated = from cut in Gen.Int[0, Math.Max(0, template.Length - 1)] select (template[..cut], $"cut at {cut}");
        var whole = Gen.OneOf("", "null", "[]", "\"x\"", "1", "{", "{\"a\":", "}", "{}{}", "{\"a\":1,\"a\":2}", "\uFEFF{}").Select(raw => (Utf8(raw), $"body {Short(raw)}"));
        var body = Gen.Frequency((6, replaced), (2, invalidUtf8), (1, removed), (2, truncated), (2, whole), (2, Gen.Const((template, "as is"))));
        return from b in body
               from contentType in Gen.Frequency((3, Gen.Const<string?>("application/json")), (2, Gen.OneOf(JsonContentTypes)))
               from encoding in Gen.Frequency((6, Gen.Const("utf-8")), (1, Gen.OneOf("bom", "utf-16", "utf-16 bom")))
               select new Payload(Encode(b.Item1, encoding), contentType, $"{b.Item2}, {encoding}, Content-Type {contentType ?? "(none)"}");
    }

    private static Gen<Payload> Form(byte[] template)
    {
        var fields = Encoding.ASCII.GetString(template).Split('&');
        return from index in Gen.Int[0, fields.Length - 1]
               from value in Gen.OneOf(Text)
               from encode in Gen.Bool
               let name = fields[index].Split('=')[0]
               let spoiled = fields.Select((f, i) => i == index ? $"{name}={(encode ? PercentEncode(value) : value)}" : f)
               from contentType in Gen.OneOf("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-16", "application/json", "text/plain")
               select new Payload(Utf8(string.Join('&', spoiled)), contentType, $"{name} = {Short(value)}, Content-Type {contentType}");
    }

    private static Gen<Payload> Lines(Target target) =>
        from line in Gen.OneOf(Text).Array[1, 4]
        from contentType in Gen.OneOf(target.ContentType, "text/csv; charset=latin1", "text/csv; charset=utf-16", "application/octet-stream", null)
        select new Payload(Utf8(string.Join('\n', line.Prepend(Encoding.UTF8.GetString(target.Body!)))), contentType, $"lines appended, Content-Type {contentType ?? "(none)"}");

    /// <summary>A body no endpoint expects, declared as anything.</summary>
    private static Gen<Payload> Junk() =>
        from raw in Gen.OneOf(Text.Concat(HostileValues.Json).ToArray())
        from contentType in Gen.OneOf(JsonContentTypes)
        select new Payload(Utf8(raw), contentType, $"junk body {Short(raw)}, Content-Type {contentType ?? "(none)"}");

    /// <summary>Multipart bodies with broken framing: no boundary, the wrong one, never closed, cut short, monstrous headers, no names.</summary>
    internal static Gen<Payload> Multipart()
    {
        const string b = "hostile-boundary";
        var file = $"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 x\r\n";
        var type = $"--{b}\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nsite-plan\r\n";
        var cases = new (string Name, string ContentType, string Body)[]
        {
            ("no boundary parameter", "multipart/form-data", type + file + $"--{b}--\r\n"),
            ("empty boundary", "multipart/form-data; boundary=", type + file + $"--{b}--\r\n"),
            ("other boundary", "multipart/form-data; boundary=other", type + file + $"--{b}--\r\n"),
            ("never closed", $"multipart/form-data; boundary={b}", type + file),
            ("cut in a header", $"multipart/form-data; boundary={b}", type + $"--{b}\r\nContent-Disposition: form-da"),
            ("cut in the file", $"multipart/form-data; boundary={b}", type + file[..^6]),
            ("not multipart at all", $"multipart/form-data; boundary={b}", "hello"),
            ("empty", $"multipart/form-data; boundary={b}", ""),
            ("boundary over 70 characters", $"multipart/form-data; boundary={new string('b', 200)}", $"--{new string('b', 200)}\r\n\r\nx\r\n--{new string('b', 200)}--\r\n"),
            ("header without a name", $"multipart/form-data; boundary={b}", $"--{b}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--{b}--\r\n"),
            ("garbage header", $"multipart/form-data; boundary={b}", $"--{b}\r\nGarbage\r\n\r\nx\r\n--{b}--\r\n"),
            ("headers of 20 KB", $"multipart/form-data; boundary={b}", $"--{b}\r\nContent-Disposition: form-data; name=\"type\"\r\nX: {new string('x', 20_000)}\r\n\r\nx\r\n--{b}--\r\n"),
            ("2000 fields", $"multipart/form-data; boundary={b}", string.Concat(Enumerable.Repeat(type, 2_000)) + $"--{b}--\r\n"),
            ("file name with a path and NUL", $"multipart/form-data; boundary={b}", type + file.Replace("a.pdf", "../../\0\u202efdp.exe") + $"--{b}--\r\n"),
            ("mixed, not form-data", $"multipart/mixed; boundary={b}", type + file + $"--{b}--\r\n"),
            ("LF only", $"multipart/form-data; boundary={b}", (type + file + $"--{b}--\r\n").Replace("\r\n", "\n")),
        };
        return Gen.OneOf(cases).Select(c => new Payload(Utf8(c.Body), c.ContentType, $"multipart: {c.Name}"));
    }

    private static byte[] Splice(string json, byte[] bytes)
    {
        var at = json.IndexOf(Placeholder, StringComparison.Ordinal);
        return [.. Utf8(json[..at]), .. bytes, .. Utf8(json[(at + Placeholder.Length)..])];
    }

    private static byte[] Encode(byte[] utf8, string encoding) => encoding switch
    {
        "bom" => [0xEF, 0xBB, 0xBF, .. utf8],
        "utf-16" => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(utf8)),
        "utf-16 bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(utf8))],
        _ => utf8,
    };

    internal static string Short(string text) => text.Length <= 40 ? text : $"{text[..40]}…({text.Length} chars)";

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
