namespace OneStop.Contracts;

/// <summary>
/// What a date counted in working days says about its calendar, in the same words wherever it is shown: the API, the
/// timeline, the messages and the portal.
/// </summary>
public static class CalendarWording
{
    public const string ProvisionalZh = "暂按法定节假日计算，国务院公布安排后自动更新";
    public const string ProvisionalEn = "counted on the statutory holidays until the official schedule is published";

    /// <summary>"中文 / English", e.g. for an API field or a timeline entry.</summary>
    public static string Basis(CalendarBasis basis) => Basis(basis.Calendar, basis.Notices);

    public static string Basis(CalendarKind kind, IReadOnlyList<string> notices) => kind == CalendarKind.Provisional
        ? $"{ProvisionalZh} / {ProvisionalEn}"
        : $"依据{string.Join("、", notices.Select(n => $"《{n}》"))} / counted on the State Council's holiday schedule";

    /// <summary>A note to put after a provisional date ("（暂按法定节假日计算…）"); nothing for an official one.</summary>
    public static (string Zh, string En) NoteAfter(CalendarBasis? basis) =>
        basis is { IsProvisional: true } ? ($"（{ProvisionalZh}）", $" ({ProvisionalEn})") : ("", "");
}
