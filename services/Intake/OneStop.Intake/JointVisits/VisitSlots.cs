using OneStop.Calendar;
using OneStop.Contracts;

namespace OneStop.Intake.JointVisits;

/// <summary>
/// The slots every utility of a visit can attend: on working days within the booking window, offered by each of them at
/// the same moment, each still with a surveyor free then. A slot ends when the first of them must leave.
/// </summary>
public static class VisitSlots
{
    public static IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Common(
        IReadOnlyList<SurveyorAvailability> utilities, IReadOnlyDictionary<(UtilityKind Utility, DateTimeOffset Start), int> booked,
        WorkingDayCalendar calendar, JointVisitRules rules, DateTimeOffset now)
    {
        if (utilities.Count == 0)
            return [];
        var slots = new List<(DateTimeOffset, DateTimeOffset)>();
        var today = WorkingDayCalendar.ChinaDate(now);
        var lastDay = LastDayOfWindow(today, calendar, rules.WindowWorkingDays);
        for (var date = today; date <= lastDay; date = date.AddDays(1))
        {
            if (!calendar.IsWorkingDay(date))
                continue;
            var offered = utilities.Select(u => u.SlotsOn(date)
                    .Where(slot => u.Capacity - booked.GetValueOrDefault((u.Utility, slot.Start)) > 0)
                    .ToDictionary(slot => slot.Start, slot => slot.End))
                .ToList();
            slots.AddRange(offered[0].Keys
                .Where(start => start >= now + rules.MinimumNotice && offered.All(o => o.ContainsKey(start)))
                .Order()
                .Select(start => (start, offered.Min(o => o[start]))));
        }
        return slots;
    }

    /// <summary>The window's last date: the n-th working day after today.</summary>
    public static DateOnly LastDayOfWindow(DateOnly today, WorkingDayCalendar calendar, int workingDays)
    {
        var date = today;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (calendar.IsWorkingDay(date))
                counted++;
        }
        return date;
    }
}
