using OneStop.Contracts;

namespace OneStop.Notification.Templates;

/// <summary>What fills a template's placeholders, in Chinese and in English (a company's or a stage's name differs).</summary>
public sealed class TemplateValues
{
    private readonly Dictionary<string, (string Chinese, string English)> _values = [];

    public TemplateValues Set(string name, string both) => Set(name, both, both);

    public TemplateValues Set(string name, string chinese, string english)
    {
        _values[name] = (chinese, english);
        return this;
    }

    public TemplateValues Company(UtilityKind utility)
    {
        var (chinese, english) = utility.CompanyName();
        return Set("company", chinese, english);
    }

    public TemplateValues Stage(StageName stage) => Set("stage", stage.Chinese, stage.English);

    /// <summary>
    /// A date counted in working days as applicants and staff read it: China time, to the minute, said to be provisional
    /// where it rests on a year whose official schedule is not published yet. Null (a date an earlier release left open) reads as such.
    /// </summary>
    public TemplateValues Deadline(DateTimeOffset? at, CalendarBasis? basis, string name = "deadline")
    {
        if (at is not { } moment)
            return Set(name, "待定", "not set");
        var time = moment.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");
        var (note, noteEn) = CalendarWording.NoteAfter(basis);
        return Set(name, time + note, $"{time} China time{noteEn}");
    }

    public string? Get(string name, bool chinese) => _values.TryGetValue(name, out var value) ? (chinese ? value.Chinese : value.English) : null;
}
