namespace OneStop.Validation;

/// <summary>
/// One of an enum's names as a client writes it (any case). Enum.TryParse also takes numbers ("2"), padded names and
/// comma-joined names ("water,gas" becomes a value no name stands for); a request may give exactly one name.
/// </summary>
public static class EnumName
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }

    public static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum => TryParse<TEnum>(text, out var value) ? value : null;
}
