using System.Text.Json;
using System.Text.RegularExpressions;
using OneStop.Testing;

namespace OneStop.Benchmarks;

public sealed record ServiceLogSummary(string Service, int Lines, int Warnings, int Errors, int SkippedDuplicates, IReadOnlyList<string> TopProblems);

/// <summary>What each process's JSON console log says about trouble: retries surface as warnings and errors.</summary>
public static class ServiceLogDigest
{
    /// <summary>How many lines each process has written so far, so that start-up noise can be left out.</summary>
    public static IReadOnlyDictionary<string, int> Mark(DistributedPlatform platform) =>
        Processes(platform).ToDictionary(service => service.Name, service => service.Output.Count());

    public static IReadOnlyList<ServiceLogSummary> Since(DistributedPlatform platform, IReadOnlyDictionary<string, int> mark) =>
        Processes(platform).Select(service => Summarise(service, mark.GetValueOrDefault(service.Name))).ToList();

    public static void Write(DistributedPlatform platform, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var service in Processes(platform))
            File.WriteAllLines(Path.Combine(directory, $"{service.Name}.log"), service.Output);
        Console.WriteLine($"Console output of every process written to {Path.GetFullPath(directory)}");
    }

    private static IEnumerable<ServiceProcess> Processes(DistributedPlatform platform) => platform.Services.Values.Append(platform.Gateway!);

    private static ServiceLogSummary Summarise(ServiceProcess service, int skip)
    {
        var lines = service.Output.Skip(skip).ToList();
        var problems = lines.Select(Problem).OfType<(string Level, string Text)>().ToList();
        var top = problems.GroupBy(p => p.Text).OrderByDescending(g => g.Count()).Take(3)
            .Select(g => $"{g.Count()}× {g.First().Level}: {g.Key}").ToList();
        return new ServiceLogSummary(service.Name, lines.Count,
            problems.Count(p => p.Level == "Warning"), problems.Count(p => p.Level != "Warning"),
            lines.Count(line => line.Contains("skipped duplicate", StringComparison.Ordinal)), top);
    }

    private static (string Level, string Text)? Problem(string line)
    {
        if (!line.Contains("\"LogLevel\":\"Warning\"") && !line.Contains("\"LogLevel\":\"Error\"") && !line.Contains("\"LogLevel\":\"Critical\""))
            return null;
        try
        {
            var root = JsonDocument.Parse(line).RootElement;
            var message = root.GetProperty("Message").GetString() ?? "";
            var firstLine = message.Split('\n')[0];
            return (root.GetProperty("LogLevel").GetString()!, Shorten($"{root.GetProperty("Category").GetString()}: {Generalise(firstLine)}"));
        }
        catch (JsonException)
        {
            return ("Error", Shorten(line));
        }
    }

    // Message ids, broker addresses and timings differ on every line; without them, one cause is one row.
    private static string Generalise(string message)
    {
        message = Regex.Replace(message, "rabbitmq://[^/]+/[^/]+/", "");
        message = Regex.Replace(message, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
        return Regex.Replace(message, @"\d+(\.\d+)?ms", "{n}ms");
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
