using OneStop.Contracts;
using OneStop.Contracts.Fees;

namespace OneStop.Fees;

/// <summary>The published schedules, and the quote each utility's computes for a case.</summary>
public sealed class FeeSchedules
{
    private readonly Dictionary<(UtilityKind, string), FeeSchedule> _schedules;

    public FeeSchedules(IEnumerable<FeeSchedule> schedules)
    {
        _schedules = schedules.ToDictionary(s => (s.Utility, s.Region));
    }

    /// <summary>The schedules shipped with the binaries, then those in <paramref name="extraDirectory"/> (a ConfigMap, an operator's folder).</summary>
    public static FeeSchedules Load(string? extraDirectory = null)
    {
        // A mistyped folder must not leave the shipped example rates charged in silence.
        if (extraDirectory is not null && !Directory.Exists(extraDirectory))
            throw new FeeScheduleException([$"Fees:Directory: 目录 {extraDirectory} 不存在 / the folder {extraDirectory} does not exist"]);
        return new(FeeScheduleFiles.Load(new[] { Path.Combine(AppContext.BaseDirectory, "schedules"), extraDirectory }.OfType<string>()));
    }

    /// <summary>The schedule of the most specific region that publishes one for <paramref name="utility"/>, or null where none does.</summary>
    public FeeSchedule? For(UtilityKind utility, string regionCode)
    {
        foreach (var length in new[] { 6, 4, 2, 0 })
            if (regionCode.Length >= length && _schedules.TryGetValue((utility, regionCode[..length]), out var schedule))
                return schedule;
        return null;
    }

    /// <summary>
    /// The quote: every item in force on the day whose conditions hold, its amount rounded half away from zero to the
    /// fen, and each line the first applicable zero-investment rule waives taken off the bill. A utility with no
    /// schedule for the region charges nothing (and its quote says so by naming no schedule).
    /// </summary>
    public FeeQuote Quote(FeeInputs inputs)
    {
        if (For(inputs.Utility, inputs.RegionCode) is not { } schedule)
            return new FeeQuote(inputs.Utility, "", inputs.On, [], 0, 0, [], []);
        var inListedPark = inputs.ParkCode is { } park && schedule.ListedParks.Any(p => p.Code == park);
        var rules = schedule.ZeroInvestment.Where(r => ((IValidity)r).IsValidOn(inputs.On) && (r.When?.HoldFor(inputs, inListedPark) ?? true)).ToList();
        var lines = new List<QuoteLine>();
        foreach (var item in schedule.Items.Where(i => ((IValidity)i).IsValidOn(inputs.On) && (i.When?.HoldFor(inputs, inListedPark) ?? true)))
        {
            var quantity = inputs.Quantity(item.Formula);
            if (quantity == 0)
                continue; // nothing measured, nothing charged: no external line, no line for it
            long? amount = quantity is { } q ? (long)Math.Round(item.RateFen * q, MidpointRounding.AwayFromZero) : null;
            var waivedBy = rules.FirstOrDefault(r => r.Waives.Contains(item.Part));
            lines.Add(new QuoteLine(item.Code, item.NameZh, item.NameEn, item.Basis, item.Part, item.Formula, item.RateFen, quantity, amount, waivedBy?.Code));
        }
        var applied = rules.Where(r => lines.Any(l => l.WaivedBy == r.Code)).Select(r => r.ToContract()).ToList();
        var pending = lines.Where(l => l.AmountFen is null && l.WaivedBy is null).Select(l => FeeInputs.InputOf(l.Formula)).Distinct().ToList();
        return new FeeQuote(inputs.Utility, schedule.Title, inputs.On, lines,
            PayableFen: lines.Where(l => l.WaivedBy is null).Sum(l => l.AmountFen ?? 0),
            WaivedFen: lines.Where(l => l.WaivedBy is not null).Sum(l => l.AmountFen ?? 0),
            applied, pending);
    }
}
