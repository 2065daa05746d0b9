using System.Text;

namespace OneStop.ServiceTests.Hostile;

/// <summary>One generated request: which endpoint it aims at, as whom, and what is hostile about it.</summary>
public sealed record HostileRequest(string Endpoint, string User, string Method, string PathAndQuery, string? Authorization,
    IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, string? ContentType, string Attack)
{
    public bool Writes => Method is not ("GET" or "HEAD");

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), PathAndQuery);
        if (Authorization is not null)
            message.Headers.TryAddWithoutValidation("Authorization", Authorization);
        foreach (var (name, value) in Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        return message;
    }

    /// <summary>Short enough to read in a report: what was sent, not all of it.</summary>
    public override string ToString()
    {
        var body = Body is null ? "" : $" {ContentType ?? "(no Content-Type)"} {Body.Length} bytes: {Shorten(Encoding.UTF8.GetString(Body))}";
        var auth = Authorization is null ? "" : $" Authorization: {Shorten(Authorization)}";
        var headers = string.Concat(Headers.Select(h => $" {h.Key}: {Shorten(h.Value)}"));
        return $"[{Attack}] as {User}: {Method} {Shorten(PathAndQuery)}{auth}{headers}{body}";
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : $"{text[..160]}…({text.Length} chars)";
}
