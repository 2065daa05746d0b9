using System.Text.Json;
using System.Text.RegularExpressions;
using OneStop.Testing;

namespace OneStop.EndToEndTests;

/// <summary>One line of a service's JSON console log (formatter "json", scopes included).</summary>
public sealed partial record JsonLogLine(string Category, string Message, JsonElement State, IReadOnlyList<JsonElement> Scopes, string? Exception)
{
    /// <summary>The innermost "---&gt; Type: message" of the logged exception: usually the cause.</summary>
    public string? InnermostException => Exception?.Split('\n')
        .Select(line => line.Trim().TrimStart('-', '>', ' '))
        .LastOrDefault(line => ExceptionHeading().IsMatch(line));

    [GeneratedRegex(@"^[\w.`]+Exception( \(0x[0-9A-Fa-f]+\))?: ")]
    private static partial Regex ExceptionHeading();

    /// <summary>The TraceId the logger put in scope: the request's, or the consumer's, activity.</summary>
    public IEnumerable<string> TraceIds => Scopes
        .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("TraceId", out _))
        .Select(scope => scope.GetProperty("TraceId").GetString()!);

    public string? StateValue(string name) =>
        State.ValueKind == JsonValueKind.Object && State.TryGetProperty(name, out var value) ? value.ToString() : null;

    public static JsonLogLine? TryParse(string line)
    {
        if (!line.StartsWith('{'))
            return null;
        try
        {
            var root = JsonDocument.Parse(line).RootElement;
            return new JsonLogLine(
                root.GetProperty("Category").GetString()!,
                root.GetProperty("Message").GetString()!,
                root.TryGetProperty("State", out var state) ? state : default,
                root.TryGetProperty("Scopes", out var scopes) ? scopes.EnumerateArray().ToList() : [],
                root.TryGetProperty("Exception", out var exception) ? exception.GetString() : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Waits until <paramref name="service"/> has logged at least <paramref name="count"/> lines in trace
    /// <paramref name="traceId"/> that match; the console logger writes in the background, a little after the effect.
    /// </summary>
    public static async Task<IReadOnlyList<JsonLogLine>> WaitForAsync(
        ServiceProcess service, string traceId, Func<JsonLogLine, bool> match, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = InTrace(service, traceId).Where(match).ToList();
            if (found.Count >= count)
                return found;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{service.Name} logged {found.Count} of {count} expected line(s) in trace {traceId}. Its lines in that trace:\n" +
                    string.Join('\n', InTrace(service, traceId).Select(line => $"{line.Category}: {line.Message}")) +
                    $"\nIts last lines:\n{service.Tail(20)}");
            await Task.Delay(100, cancellationToken);
        }
    }

    public static IEnumerable<JsonLogLine> InTrace(ServiceProcess service, string traceId) => service.Output
        .Where(line => line.Contains(traceId, StringComparison.Ordinal))
        .Select(TryParse)
        .OfType<JsonLogLine>()
        .Where(line => line.TraceIds.Contains(traceId));
}
