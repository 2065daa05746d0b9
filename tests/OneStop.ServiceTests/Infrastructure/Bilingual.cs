namespace OneStop.ServiceTests.Infrastructure;

/// <summary>Applicant-facing wording is "中文 / English": Chinese first, English alongside.</summary>
public static class Bilingual
{
    public static bool Is(string? text) =>
        text is not null && text.Contains(" / ", StringComparison.Ordinal) && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    public static void AssertIs(string? text) => Assert.True(Is(text), $"Not bilingual (\"中文 / English\"): {text ?? "null"}");
}
