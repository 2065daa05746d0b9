using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using static OneStop.ServiceTests.Hostile.HostileGen;
using static OneStop.ServiceTests.Hostile.HostileValues;

namespace OneStop.ServiceTests.Hostile;

/// <summary>A hostile request to a portal handler; <see cref="MustRefuse"/> when its anti-forgery token is missing or wrong.</summary>
public sealed record PortalRequest(HostileRequest Request, bool MustRefuse);

/// <summary>
/// The generators of the portal suite: form posts (and GETs) to each handler, with a valid anti-forgery token mostly,
/// hostile field values, fields missing or repeated, odd handler names and content types that are not a form at all.
/// </summary>
public static class HostilePortalGen
{
    public const string TokenField = "__RequestVerificationToken";
    public const string TokenHeader = "RequestVerificationToken";
    private const string Boundary = "hostile-portal-boundary";

    private static readonly string[] Plausible =
        ["id-card", "site-plan", "real-estate-certificate", "load-list", "electricity", "water", "gas", "individual", "enterprise", "zhangsan", "soon", "overdue", "survey"];

    /// <summary>About <paramref name="total"/> requests to the handlers of <paramref name="method"/>, the same number to each.</summary>
    public static Gen<PortalRequest[]> Batch(PortalSurface surface, string method, int total)
    {
        var handlers = surface.Handlers.Where(h => h.Method == method).ToList();
        var perHandler = (total + handlers.Count - 1) / handlers.Count;
        return handlers.Aggregate(Gen.Const(Array.Empty<PortalRequest>()),
            (batch, handler) => from before in batch from more in Request(surface, handler).Array[perHandler] select before.Concat(more).ToArray());
    }

    private static Gen<PortalRequest> Request(PortalSurface surface, PortalHandler handler) =>
        from visitor in Gen.OneOf(surface.Visitors.ToArray())
        from route in Route(surface, handler.Route)
        from handlerQuery in HandlerQuery(handler.Handler)
        from fields in Fields(surface, handler)
        from junk in Gen.Frequency((4, Gen.Const(Array.Empty<(string, string)>())), (1, (from n in Gen.OneOf(QueryNames) from v in Gen.OneOf(Text) select (n, v)).Array[1, 3]))
        from token in Gen.Frequency((14, Gen.Const("valid")), (2, Gen.Const("valid, in the header")), (1, Gen.Const("missing")), (1, Gen.Const("garbage")), (1, Gen.Const("another visitor's")))
        from other in Gen.OneOf(surface.Visitors.Where(v => v != visitor).ToArray())
        from body in handler.Method == "GET" ? Gen.Const(new Payload(null, null, "")) : Body(handler, fields.Concat(junk).ToList())
        let tokenValue = token switch
        {
            "missing" => null,
            "garbage" => "CfDJ8garbage" + new string('A', 100),
            "another visitor's" => other.Tokens[handler.Route],
            _ => visitor.Tokens[handler.Route],
        }
        let query = handler.Method == "GET" ? Query(handlerQuery, fields.Concat(junk)) : handlerQuery
        let form = body.Bytes is not null && tokenValue is not null && token == "valid" ? WithToken(body, tokenValue) : body
        let headers = tokenValue is not null && (token != "valid" || ReferenceEquals(form, body)) ? [KeyValuePair.Create(TokenHeader, tokenValue)] : Array.Empty<KeyValuePair<string, string>>()
        select new PortalRequest(
            new HostileRequest(handler.Key, visitor.User, handler.Method, route.Path + query, null, headers, form.Bytes, form.ContentType,
                $"{handler.Key}: token {token}, {body.Attack}{(handler.Method == "GET" ? string.Join(", ", fields.Select(f => $"{f.Name} = {Short(f.Value)}")) : "")}"),
            // A post with no token, or one not this visitor's, must be refused, whatever else is wrong with it, if it reaches the page.
            handler.Method == "POST" && token is "missing" or "garbage" or "another visitor's" && route.Matches);

    /// <summary>The page's path with its route values: <see cref="Matches"/> unless they break its route's constraints.</summary>
    private static Gen<(string Path, bool Matches)> Route(PortalSurface surface, string route) =>
        PortalSurface.RouteParameters(route).Count == 0
            ? Gen.Const((route, true))
            : Gen.Frequency((6, Gen.OneOf(surface.RealIds.ToArray()).Select(id => (id, true))), (1, Gen.Guid.Select(g => (g.ToString(), true))),
                    (1, Gen.OneOf(HostileValues.Route).Select(value => (value, false))))
                .Select(value => (PortalSurface.Fill(route, value.Item1), value.Item2));

    private static Gen<string> HandlerQuery(string handler) => Gen.Frequency(
        (12, Gen.Const(handler.Length == 0 ? "" : $"?handler={handler}")),
        (1, Gen.OneOf("", "?handler=", "?handler=nope", $"?handler={handler.ToUpperInvariant()}x", "?handler=next&handler=back", "?handler=%00",
            $"?handler={PercentEncode("\u202e" + handler)}", $"?handler={new string('h', 5_000)}", "?handler=live", "?handler=submit", "?handler=provide")));

    private static string Query(string handlerQuery, IEnumerable<(string Name, string Value)> fields)
    {
        var pairs = fields.Select(f => $"{PercentEncode(f.Name)}={PercentEncode(f.Value)}").ToList();
        return pairs.Count == 0 ? handlerQuery : (handlerQuery.Length == 0 ? "?" : handlerQuery + "&") + string.Join('&', pairs);
    }

    /// <summary>Each field once mostly, now and then missing or twice, each value hostile or plausible for its type.</summary>
    private static Gen<(string Name, string Value)[]> Fields(PortalSurface surface, PortalHandler handler) =>
        handler.Fields.Aggregate(Gen.Const(Array.Empty<(string, string)>()), (fields, field) =>
            from before in fields
            from count in Gen.Frequency((8, Gen.Const(1)), (1, Gen.Const(0)), (1, Gen.Const(2)))
            from values in Value(surface, field).Array[count]
            select before.Concat(values.Select(v => (field.Name, v))).ToArray());

    private static Gen<string> Value(PortalSurface surface, PortalField field)
    {
        var type = Nullable.GetUnderlyingType(field.Type) ?? field.Type;
        var text = Gen.OneOf(Text);
        if (field.Name == "Draft")
            return Gen.Frequency((2, Gen.Const(surface.Draft)), (4, SpoiledDraft(surface.Draft)), (2, Gen.OneOf(HostileValues.Json)), (1, text));
        if (type == typeof(Guid))
            return Gen.Frequency((3, Gen.OneOf(surface.RealIds.ToArray())), (1, Gen.Guid.Select(g => g.ToString())), (2, text), (1, Gen.OneOf(HostileValues.Route)));
        if (type.IsEnum)
            return Gen.Frequency((3, Gen.OneOf(Enum.GetNames(type).SelectMany(n => new[] { n, n.ToLowerInvariant() }).ToArray())),
                (1, Gen.OneOf("99", "-1", "Electricity,Water", "electricity|water", "0x1")), (2, text));
        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal))
            return Gen.Frequency((2, Gen.Int[-3, 12].Select(i => i.ToString())), (1, Gen.OneOf("2147483648", "-2147483649", "1e3", "0x10", "1.5", "１")), (2, text));
        return Gen.Frequency((3, text), (2, Gen.OneOf(Plausible.Concat(surface.RealIds).ToArray())));
    }

    /// <summary>The wizard's real draft with one value replaced by hostile JSON or removed, or cut short.</summary>
    private static Gen<string> SpoiledDraft(string draft)
    {
        var document = JsonNode.Parse(draft)!;
        var paths = JsonPaths.Paths(document).ToArray();
        var replaced = from path in Gen.OneOf(paths) from value in Gen.OneOf(HostileValues.Json)
                       select JsonPaths.Replace(document, path, "__hostile__").Replace("\"__hostile__\"", value);
        var removed = Gen.OneOf(paths).Select(path => path == "$" ? "" : JsonPaths.Remove(document, path));
        var truncated = Gen.Int[0, Math.Max(0, draft.Length - 1)].Select(cut => draft[..cut]);
        return Gen.Frequency((4, replaced), (1, removed), (1, truncated));
    }

    /// <summary>The fields as a form mostly, else well-formed or broken multipart, text, JSON.</summary>
    private static Gen<Payload> Body(PortalHandler handler, List<(string Name, string Value)> fields)
    {
        var summary = string.Join(", ", fields.Select(f => $"{f.Name} = {Short(f.Value)}"));
        var form = from encode in Gen.Frequency((5, Gen.Const(true)), (1, Gen.Const(false)))
                   from contentType in Gen.Frequency((6, Gen.Const("application/x-www-form-urlencoded")),
                       (1, Gen.OneOf("application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded; charset=bogus", "text/plain", "application/json", "")))
                   select new Payload(Utf8(string.Join('&', fields.Select(f => encode ? $"{PercentEncode(f.Name)}={PercentEncode(f.Value)}" : $"{f.Name}={f.Value}"))),
                       contentType, $"form ({(encode ? "encoded" : "raw")}, Content-Type {contentType}): {summary}");
        var multipart = from file in handler.TakesFile ? File().Select(f => (string?)f) : Gen.Const((string?)null)
                        select new Payload(Utf8(Multipart(fields, file)), $"multipart/form-data; boundary={Boundary}", $"multipart{(file is null ? "" : " with a file")}: {summary}");
        var json = Gen.Const(new Payload(Utf8(new JsonObject(fields.DistinctBy(f => f.Name).Select(f => KeyValuePair.Create(f.Name, (JsonNode?)f.Value))).ToJsonString()),
            "application/json", $"JSON: {summary}"));
        return handler.TakesFile
            ? Gen.Frequency((3, multipart), (2, form), (1, HostileGen.Multipart()), (1, json))
            : Gen.Frequency((8, form), (1, multipart), (1, HostileGen.Multipart()), (1, json));
    }

    private static Gen<string> File() =>
        from name in Gen.OneOf("a.pdf", "", "../../etc/passwd", "\u202efdp.exe", new string('长', 300) + ".pdf", "a\".pdf", "con", "a.pdf\0.exe")
        from type in Gen.OneOf("application/pdf", "image/png", "text/html", "", "application/octet-stream", "garbage;;;")
        from content in Gen.OneOf("%PDF-1.4 x", "", "<script>alert(1)</script>", new string('x', 200_000), "\0\0\0\0")
        select $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: {type}\r\n\r\n{content}\r\n";

    private static string Multipart(IEnumerable<(string Name, string Value)> fields, string? file) =>
        string.Concat(fields.Select(f => $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{f.Name}\"\r\n\r\n{f.Value}\r\n")) + file + $"--{Boundary}--\r\n";

    /// <summary>The token added as the form's own field, however the body is framed (where a browser puts it).</summary>
    private static Payload WithToken(Payload body, string token) => body.ContentType switch
    {
        { } type when type.StartsWith("multipart/form-data; boundary=" + Boundary) =>
            body with { Bytes = [.. Utf8($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{TokenField}\"\r\n\r\n{token}\r\n"), .. body.Bytes!] },
        { } type when type.StartsWith("application/x-www-form-urlencoded") =>
            body with { Bytes = [.. body.Bytes!, .. Utf8((body.Bytes!.Length == 0 ? "" : "&") + $"{TokenField}={PercentEncode(token)}")] },
        // Not a form: the token goes where a script would put it.
        _ => body,
    };
}
