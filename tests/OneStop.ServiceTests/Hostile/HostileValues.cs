using System.Text;

namespace OneStop.ServiceTests.Hostile;

/// <summary>The hostile ingredients: raw JSON values, text, route values, query parameters, content types and headers.</summary>
public static class HostileValues
{
    /// <summary>Raw JSON text put where a well-formed request has a value: every wrong type, the edges of every type, junk.</summary>
    public static readonly string[] Json =
    [
        "\"50\"", "\"12.5\"", "12345", "-1", "0", "-0", "1.5", "1e400", "-1e400", "79228162514264337593543950336", "0.0000000000000000000000000001",
        "true", "false", "null", "[]", "[1,\"a\",null]", "{}", """{"a":{"b":1}}""", "\"\"", "\" \"",
        "\"residential,commercial\"", "\"residential, commercial\"", "1", "\"1\"", "\"RESIDENTIAL\"", "\"individual,enterprise\"", "\"electricity,water\"",
        "\"\\u0000\"", "\"\\u0000\\u0000\"", "\"\\u200b\\u200b\"", "\"\\u202eevil\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\ufeff\"", "\"a\\u0000b\"",
        "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"../../etc/passwd\"", "\"%00\"", "\"𠀀𝕏😀\"", "\"\\t\\r\\n\"",
        "\"2027-02-30T25:61:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "\"00000000-0000-0000-0000-000000000000\"", "\"not-a-guid\"",
        $"\"{new string('长', 100_000)}\"", $"[{string.Join(',', Enumerable.Repeat("1", 50_000))}]", $"[{string.Join(',', Enumerable.Repeat("\"x\"", 5_000))}]",
        new string('[', 5_000) + new string(']', 5_000), string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200),
        "NaN", "Infinity", "'single'", "undefined", "0x10", "01", "+1", ".5", "1.", "\"\\x41\"", "\"\\u12\"", "tru",
    ];

    /// <summary>Bytes that are not UTF-8 at all, put inside a JSON string: overlong, truncated, encoded surrogates, stray continuations.</summary>
    public static readonly byte[][] InvalidUtf8 = [[0xC3, 0x28], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80]];

    /// <summary>Text as a form field, CSV cell, header or query value.</summary>
    public static readonly string[] Text =
    [
        "", " ", "\0", "\u200b\u200b", "\u202eevil", "\ufeff", "\ud800", "𠀀𝕏😀", "<script>", "' OR 1=1 --", "../../etc/passwd", "%00", "%ZZ", "%", "a,b,,",
        "-1", "0", "2147483648", "1e309", "NaN", "true,false", "null", "2027-13-45", "00000000-0000-0000-0000-000000000000", "not-a-guid",
        new string('9', 5_000), new string('长', 20_000),
    ];

    /// <summary>Route values that are not what the route expects, or are but name nothing.</summary>
    /// <remarks>No %00: the in-memory test server cannot decode it into a path at all, and Kestrel answers it 400 itself before any application code.</remarks>
    public static readonly string[] Route =
    [
        "abc", "0", "-1", "null", "undefined", "%ZZ", "%2e%2e%2f", "..%2F..%2F", "%E2%80%AE", "%C0%AF", "%F0%9F%92%A9", "%u0000", "%25", "%20",
        "electricity,water", "ELECTRICITY", "2147483648", "99999", "1e3", "00000000-0000-0000-0000-000000000000", "{id}", "~", ";", "%3B",
        "550e8400-e29b-41d4-a716-44665544000G", "550e8400e29b41d4a716446655440000", "(550e8400-e29b-41d4-a716-446655440000)",
        new string('9', 5_000), new string('a', 10_000),
    ];

    /// <summary>The query parameters the endpoints read, and some they do not.</summary>
    public static readonly string[] QueryNames =
    [
        "number", "applicationId", "jointApplicationId", "status", "unread", "before", "limit", "stage", "due", "applicantType", "utilities", "capacityKw",
        "electricityUsage", "powerSource", "waterUsage", "gasUsage", "regionCode", "idNumber", "page", "pageSize", "$filter", "__proto__",
    ];

    public static readonly string?[] JsonContentTypes =
    [
        "application/json", "application/json", "application/json; charset=utf-8", null, "", "text/plain", "application/xml",
        "application/json; charset=utf-16", "application/json; charset=latin1", "application/json; charset=iso-8859-1", "application/json; charset=bogus",
        "application/json; charset=\"", "application/json; charset=utf-32", "application/x-www-form-urlencoded", "multipart/form-data",
        "multipart/form-data; boundary=", ";;;", "application/json, text/plain", "*/*", "application/problem+json", "text/json", "application/vnd.api+json",
        "application/merge-patch+json", "APPLICATION/JSON", "application/json; q=0", "text/csv",
    ];

    public static readonly string[] Accepts =
        ["application/xml", "text/html", "*/*", "application/json;q=0", "garbage/garbage;;;", "application/problem+json", "text/csv", "application/json; charset=utf-16", "", "\u0430pplication/json"];

    public static readonly string[] IdempotencyKeys =
        ["", " ", "键🔑", "a b c", new string('k', 10_000), "00000000-0000-0000-0000-000000000000", "\u202e", "%00", "' OR 1=1 --", "k,k"];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
