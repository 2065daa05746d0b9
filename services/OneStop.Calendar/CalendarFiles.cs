using System.Globalization;
using System.Text.RegularExpressions;
using OneStop.Contracts;

namespace OneStop.Calendar;

/// <summary>
/// Reads the official schedules: one file per year, <c>cn-YYYY.csv</c>, naming the notice it comes from in a line
/// <c># notice: …</c>, then lines <c>date,type,name</c> where type is <c>holiday</c> (no work) or <c>workday</c> (an adjusted
/// working weekend day, 调休); other lines starting with '#' are comments. Only the exceptions to Monday–Friday are
/// listed. A malformed file is refused with its line: at start-up it stops the service, on upload it is a 400.
/// </summary>
public static partial class CalendarFiles
{
    public const string NoticePrefix = "# notice:";

    /// <summary>A year's file is about 2 KB; an upload or a stored copy may be no larger than this.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The official schedules in <paramref name="directories"/>; a later directory's year replaces an earlier one's.</summary>
    public static IReadOnlyList<HolidaySchedule> Load(IEnumerable<string> directories)
    {
        var years = new Dictionary<int, HolidaySchedule>();
        foreach (var directory in directories.Where(Directory.Exists))
            foreach (var file in Directory.GetFiles(directory, "cn-*.csv"))
            {
                var match = FileName().Match(Path.GetFileName(file));
                if (!match.Success)
                    throw new HolidayScheduleFormatException(file, 0, "文件名应形如 cn-2026.csv / expected a name like cn-2026.csv");
                var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                years[year] = Parse(File.ReadAllText(file), year, file);
            }
        return years.Values.ToList();
    }

    public static HolidaySchedule Parse(string text, int year, string source)
    {
        string? notice = null;
        var days = new Dictionary<DateOnly, ScheduleDay>();
        var lines = text.Split('\n');
        var header = FirstDataLine(lines);
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].Trim();
            HolidayScheduleFormatException Wrong(string problem) => new(source, number, problem);
            if (line.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
                throw Wrong("不得含控制字符或不可见的格式字符 / control and invisible format characters are not allowed");
            if (line.StartsWith(NoticePrefix, StringComparison.Ordinal))
            {
                if (notice is not null)
                    throw Wrong("通知名称只能写一次 / the notice is named twice");
                notice = line[NoticePrefix.Length..].Trim();
                if (notice.Length is 0 or > 200)
                    throw Wrong("请在 '# notice:' 后写明国务院办公厅通知名称（不超过 200 字） / name the State Council's notice (at most 200 characters) after '# notice:'");
                continue;
            }
            if (line.Length == 0 || line.StartsWith('#') || (number == header && line == "date,type,name"))
                continue;
            var fields = line.Split(',', 3);
            if (fields.Length < 3 || !DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw Wrong("格式应为 'yyyy-MM-dd,holiday|workday,名称' / expected 'yyyy-MM-dd,holiday|workday,name'");
            if (date.Year != year)
                throw Wrong($"{date:yyyy-MM-dd} 不在 {year} 年 / {date:yyyy-MM-dd} is not in {year}");
            var isWorkingDay = fields[1] switch
            {
                "holiday" => false,
                "workday" => true,
                _ => throw Wrong($"类型应为 holiday（放假）或 workday（调休上班），不是 '{fields[1]}' / type must be 'holiday' or 'workday', not '{fields[1]}'"),
            };
            if (isWorkingDay && !WorkingDayCalendar.IsWeekend(date))
                throw Wrong($"调休上班日应在周末，{date:yyyy-MM-dd} 是{ChineseWeekday(date)} / an adjusted working day must fall on a weekend; {date:yyyy-MM-dd} is a {date.DayOfWeek}");
            var name = fields[2].Trim();
            if (name.Length is 0 or > 100)
                throw Wrong("请写明名称（不超过 100 字） / name the day (at most 100 characters)");
            if (!days.TryAdd(date, new ScheduleDay(date, isWorkingDay, name)))
                throw Wrong($"{date:yyyy-MM-dd} 重复列出 / {date:yyyy-MM-dd} is listed twice");
        }
        if (notice is null)
            throw new HolidayScheduleFormatException(source, 0, "请用一行 '# notice: …' 写明国务院办公厅通知名称 / name the State Council's notice in a line '# notice: …'");
        var schedule = new HolidaySchedule(year, CalendarKind.Official, notice, days.Values);
        // The law gives every festival its days off: a schedule that does not is the wrong file, or a typing error.
        if (StatutoryHolidays.StatutoryDays(year).Where(day => schedule.IsWorkingDay(day.Date)).ToList() is { Count: > 0 } worked)
            throw new HolidayScheduleFormatException(source, 0,
                $"依法放假的 {string.Join("、", worked.Select(d => $"{d.Date:yyyy-MM-dd}（{d.Name}）"))} 未列为放假 / " +
                $"{string.Join(", ", worked.Select(d => $"{d.Date:yyyy-MM-dd}"))} must be days off by law ({string.Join(", ", worked.Select(d => d.Name))})");
        return schedule;
    }

    private static string ChineseWeekday(DateOnly date) => "星期" + "日一二三四五六"[(int)date.DayOfWeek];

    /// <summary>The header may open the table after the comments, never in its middle.</summary>
    private static int FirstDataLine(string[] lines) =>
        Array.FindIndex(lines, line => line.Trim() is { Length: > 0 } text && !text.StartsWith('#')) + 1;

    [GeneratedRegex(@"^cn-(\d{4})\.csv$")]
    private static partial Regex FileName();
}

/// <summary>A schedule file that cannot be trusted, with the line that is wrong (0 for the file as a whole, or its name).</summary>
public sealed class HolidayScheduleFormatException(string source, int line, string problem) : FormatException($"{source}:{line}: {problem}")
{
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
