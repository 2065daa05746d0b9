namespace OneStop.Validation;

public static class EmailAddress
{
    private const int MaxLength = 254;

    /// <summary>A plain mailbox address: local@domain.tld, at most 254 characters, no spaces, one '@'.</summary>
    public static bool IsValid(string? value)
    {
        if (value is null || value.Length > MaxLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return false;
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@'))
            return false;
        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 2 && !domain.StartsWith('-') && !domain.Contains("..");
    }

    /// <summary>Keeps the first character of the mailbox and the domain, e.g. z***@example.com.</summary>
    public static string Mask(string value)
    {
        var at = value.IndexOf('@');
        return at <= 0 ? Masking.KeepEnds(value, 0, 0) : string.Concat(value.AsSpan(0, 1), "***", value.AsSpan(at));
    }
}
