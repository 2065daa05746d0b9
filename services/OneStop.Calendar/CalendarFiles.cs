using System.Globalization;
using System.Text.RegularExpressions;

namespace OneStop.Calendar;

/// <summary>
/// Reads the official schedules: one file per year, <c>cn-YYYY.csv</c>, with lines <c>date,type,name</c> where type is
/// <c>holiday</c> (no work) or <c>workday</c> (an adjusted working weekend day, 调休); '#' starts a comment. Only the
/// exceptions to Monday–Friday are listed. A malformed file stops the service at start-up rather than skewing deadlines.
/// </summary>
public static partial class CalendarFiles
{
    public static WorkingDayCalendar Load(IEnumerable<string> directories)
    {
        var years = new Dictionary<int, IReadOnlyDictionary<DateOnly, bool>>();
        foreach (var directory in directories.Where(Directory.Exists))
            foreach (var file in Directory.GetFiles(directory, "cn-*.csv"))
            {
                var match = FileName().Match(Path.GetFileName(file));
                if (!match.Success)
                    throw new FormatException($"{file}: expected a name like cn-2026.csv");
                var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                // A later directory (the operator's) replaces a shipped year.
                years[year] = Parse(file, year);
            }
        return new WorkingDayCalendar(years);
    }

    public static IReadOnlyDictionary<DateOnly, bool> Parse(string file, int year)
    {
        var exceptions = new Dictionary<DateOnly, bool>();
        var lines = File.ReadAllLines(file);
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("date,", StringComparison.Ordinal))
                continue;
            var fields = line.Split(',', 3);
            string Where() => $"{file}:{number}";
            if (fields.Length < 2 || !DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new FormatException($"{Where()}: expected 'yyyy-MM-dd,holiday|workday,name'");
            if (date.Year != year)
                throw new FormatException($"{Where()}: {date:yyyy-MM-dd} is not in {year}");
            var isWorkingDay = fields[1] switch
            {
                "holiday" => false,
                "workday" => true,
                _ => throw new FormatException($"{Where()}: type must be 'holiday' or 'workday', not '{fields[1]}'"),
            };
            if (isWorkingDay && !WorkingDayCalendar.IsWeekend(date))
                throw new FormatException($"{Where()}: an adjusted working day must fall on a weekend; {date:yyyy-MM-dd} is a {date.DayOfWeek}");
            if (!exceptions.TryAdd(date, isWorkingDay))
                throw new FormatException($"{Where()}: {date:yyyy-MM-dd} is listed twice");
        }
        return exceptions;
    }

    [GeneratedRegex(@"^cn-(\d{4})\.csv$")]
    private static partial Regex FileName();
}
