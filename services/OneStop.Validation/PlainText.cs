using System.Globalization;

namespace OneStop.Validation;

/// <summary>
/// Text a person types for another to read: a name, an address, an answer, a note. It is blank when nothing in it can be
/// seen (whitespace, control characters such as NUL, invisible format characters such as the zero-width space or the
/// byte-order mark), and it is refused when it holds control characters or bidirectional overrides anywhere: they hide
/// or reorder what the reader sees (a right-to-left override turns "exe.pdf" round).
/// </summary>
public static class PlainText
{
    public static bool IsBlank(string? text) => text is null || !text.Any(Visible);

    /// <summary>No control characters (line breaks and tabs allowed where the text may run over several lines) and no bidi controls.</summary>
    public static bool IsClean(string text, bool multiline = false) =>
        !text.Any(c => IsBidiControl(c) || char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'));

    /// <summary>A note, answer or reason: something visible, clean over several lines, at most <paramref name="maxLength"/> once trimmed.</summary>
    public static bool IsNote(string? text, int maxLength) => !IsBlank(text) && IsClean(text!, multiline: true) && text!.Trim().Length <= maxLength;

    private static bool Visible(char c) =>
        !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format);

    // U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates); the marks U+200E/U+200F stay allowed.
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
