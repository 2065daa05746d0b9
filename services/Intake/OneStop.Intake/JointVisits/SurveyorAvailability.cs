using System.Globalization;
using OneStop.Contracts;

namespace OneStop.Intake.JointVisits;

/// <summary>
/// When a utility's surveyors go out (预约上门): the slots of each working day, China time, how long a visit takes and how
/// many visits it can make at once. Set by the utility's supervisors; until then the configured default holds.
/// </summary>
public sealed class SurveyorAvailability
{
    public const int MaxSlots = 8;
    public const int MaxCapacity = 100;
    private static readonly TimeOnly Earliest = new(7, 0), Latest = new(20, 0);

    public UtilityKind Utility { get; private set; }
    public List<string> SlotStarts { get; private set; } = [];
    public int SlotHours { get; private set; }
    public int Capacity { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static SurveyorAvailability Default(UtilityKind utility, JointVisitRules rules) => new()
    {
        Utility = utility, SlotStarts = [.. rules.DefaultSlotStarts], SlotHours = rules.DefaultSlotHours, Capacity = rules.DefaultCapacity,
        UpdatedBy = "default",
    };

    public static SurveyorAvailability Set(UtilityKind utility, IReadOnlyList<string> slotStarts, int slotHours, int capacity, string by, DateTimeOffset at) => new()
    {
        Utility = utility, SlotStarts = [.. slotStarts.Select(s => Parse(s)!.Value.ToString("HH:mm", CultureInfo.InvariantCulture)).Order()],
        SlotHours = slotHours, Capacity = capacity, UpdatedBy = by, UpdatedAt = at,
    };

    public void Replace(SurveyorAvailability with) =>
        (SlotStarts, SlotHours, Capacity, UpdatedBy, UpdatedAt) = (with.SlotStarts, with.SlotHours, with.Capacity, with.UpdatedBy, with.UpdatedAt);

    /// <summary>The day's slots as moments: China time on that date.</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> SlotsOn(DateOnly date) => SlotStarts.Select(s =>
    {
        var start = new DateTimeOffset(date.ToDateTime(Parse(s)!.Value), TimeSpan.FromHours(8));
        return (start, start.AddHours(SlotHours));
    });

    /// <summary>Slots between 07:00 and 20:00 that do not overlap, visits of 1–4 hours, at most 100 at once (0 offers none).</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<string>? slotStarts, int? slotHours, int? capacity)
    {
        if (slotHours is not (>= 1 and <= 4))
            yield return "slotHours: 每次上门 1–4 小时 / a visit takes 1 to 4 hours";
        if (capacity is not (>= 0 and <= MaxCapacity))
            yield return $"capacity: 同一时段可上门 0–{MaxCapacity} 处 / 0 to {MaxCapacity} visits at once";
        if (slotStarts is null || slotStarts.Count is 0 or > MaxSlots || slotStarts.Any(s => Parse(s) is null))
        {
            yield return $"slotStarts: 1–{MaxSlots} 个形如 09:00 的时间 / 1 to {MaxSlots} times such as 09:00";
            yield break;
        }
        var starts = slotStarts.Select(s => Parse(s)!.Value).Order().ToList();
        if (starts[0] < Earliest || starts[^1].AddHours(slotHours ?? 0) > Latest || starts[^1].AddHours(slotHours ?? 0) < starts[^1])
            yield return "slotStarts: 上门时间须在 07:00–20:00 之间 / visits fall between 07:00 and 20:00";
        if (starts.Zip(starts.Skip(1)).Any(pair => pair.First.AddHours(slotHours ?? 0) > pair.Second))
            yield return "slotStarts: 时段不能重叠 / slots must not overlap";
    }

    private static TimeOnly? Parse(string? slot) =>
        TimeOnly.TryParseExact(slot, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
