using System.Text.RegularExpressions;

namespace OneStop.Notification.Templates;

/// <summary>
/// The message templates, one file per kind and language (<c>{kind}.zh-CN.txt</c>, <c>{kind}.en.txt</c>: the title on the
/// first line, the body below), shipped in <c>templates/</c> and replaceable file by file from an operator's folder.
/// Every kind must have both languages and use only its own placeholders: a missing or broken template stops the
/// service at start-up, never a message at send time.
/// </summary>
public sealed partial class TemplateSet
{
    public static readonly string[] Languages = ["zh-CN", "en"];

    private readonly Dictionary<(string Kind, string Language), (string Title, string Body)> _templates;

    private TemplateSet(Dictionary<(string, string), (string, string)> templates) => _templates = templates;

    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>Loads every template, a later directory's file replacing an earlier one's; throws naming every problem.</summary>
    public static TemplateSet Load(params string[] directories)
    {
        var templates = new Dictionary<(string, string), (string, string)>();
        var problems = new List<string>();
        foreach (var kind in MessageKind.All)
            foreach (var language in Languages)
            {
                var name = $"{kind.Name}.{language}.txt";
                var file = directories.Select(d => Path.Combine(d, name)).LastOrDefault(File.Exists);
                if (file is null)
                {
                    problems.Add($"{name}: missing");
                    continue;
                }
                var lines = File.ReadAllLines(file);
                var (title, body) = (lines.FirstOrDefault()?.Trim() ?? "", string.Join('\n', lines.Skip(1)).Trim());
                if (title.Length == 0 || body.Length == 0)
                    problems.Add($"{file}: needs a title on the first line and a body below it");
                foreach (var problem in PlaceholderProblems(title + "\n" + body, kind))
                    problems.Add($"{file}: {problem}");
                templates[(kind.Name, language)] = (title, body);
            }
        if (problems.Count > 0)
            throw new InvalidOperationException($"Notification templates are broken: {string.Join("; ", problems)}");
        return new TemplateSet(templates);
    }

    /// <summary>The message in both languages, Chinese first: "中文 / English".</summary>
    public NotificationText Render(MessageKind kind, TemplateValues values)
    {
        var (zhTitle, zhBody) = _templates[(kind.Name, "zh-CN")];
        var (enTitle, enBody) = _templates[(kind.Name, "en")];
        return new NotificationText(
            $"{Fill(zhTitle, values, chinese: true)} / {Fill(enTitle, values, chinese: false)}",
            $"{Fill(zhBody, values, chinese: true)} / {Fill(enBody, values, chinese: false)}");
    }

    private static string Fill(string template, TemplateValues values, bool chinese) =>
        Placeholder().Replace(template, match => values.Get(match.Groups[1].Value, chinese)
            ?? throw new ArgumentException($"No value for {{{match.Groups[1].Value}}}", nameof(values)));

    private static IEnumerable<string> PlaceholderProblems(string text, MessageKind kind)
    {
        foreach (var name in Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Where(n => !kind.Placeholders.Contains(n)))
            yield return $"unknown placeholder {{{name}}}; this kind knows {string.Join(", ", kind.Placeholders.Select(p => $"{{{p}}}"))}";
        if (Placeholder().Replace(text, "").IndexOfAny(['{', '}']) >= 0)
            yield return "an unmatched { or }";
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
