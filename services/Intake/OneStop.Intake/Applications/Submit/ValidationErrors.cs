using OneStop.Validation;

namespace OneStop.Intake.Applications.Submit;

/// <summary>Collects field errors keyed by the JSON path of the field, each message in Chinese with English alongside.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string chinese, string english)
    {
        if (!_errors.TryGetValue(field, out var messages))
            _errors[field] = messages = [];
        messages.Add($"{chinese} / {english}");
    }

    public bool Required(string field, object? value)
    {
        if (value is null || value is string text && PlainText.IsBlank(text))
        {
            Add(field, "必填", "is required");
            return false;
        }
        return true;
    }

    public void Length(string field, string? value, int min, int max)
    {
        if (!Required(field, value))
            return;
        if (!PlainText.IsClean(value!))
            Add(field, "含有控制字符或文字方向控制符", "contains control or text-direction characters");
        else if (value!.Trim().Length < min || value.Trim().Length > max)
            Add(field, $"长度应为 {min}–{max} 个字符", $"must be {min}–{max} characters long");
    }

    public void Range(string field, decimal? value, decimal min, decimal max, string unit)
    {
        if (Required(field, value) && (value < min || value > max))
            Add(field, $"应在 {min}–{max} {unit} 之间", $"must be between {min} and {max} {unit}");
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
