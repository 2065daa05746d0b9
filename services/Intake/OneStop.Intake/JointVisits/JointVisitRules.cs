using OneStop.Contracts;

namespace OneStop.Intake.JointVisits;

/// <summary>
/// The booking rules (configuration section "JointVisits"): slots are offered on working days from now until the end of
/// the WindowWorkingDays-th working day after today (Hebei surveys the day after filing; Qidong within 3 working days),
/// no sooner than MinimumNoticeHours ahead; a booking may be moved MaxReschedules times, up to RescheduleNoticeHours before
/// the visit. Surveyors' hours and capacity are each utility's own (<see cref="SurveyorAvailability"/>); DefaultSlotStarts,
/// DefaultSlotHours and DefaultCapacity hold until a utility sets its own. The utilities in RemoteAcceptance accept
/// the customer's works on photos (云验收, as Jining's water company does) when every utility of the acceptance allows it.
/// </summary>
public sealed class JointVisitRules
{
    public const string Section = "JointVisits";

    public int WindowWorkingDays { get; set; } = 3;
    public int MinimumNoticeHours { get; set; } = 2;
    public int MaxReschedules { get; set; } = 2;
    public int RescheduleNoticeHours { get; set; } = 24;
    public List<string> DefaultSlotStarts { get; set; } = ["09:00", "14:00"];
    public int DefaultSlotHours { get; set; } = 3;
    public int DefaultCapacity { get; set; } = 4;
    public List<UtilityKind> RemoteAcceptance { get; set; } = [UtilityKind.Water];

    public TimeSpan MinimumNotice => TimeSpan.FromHours(MinimumNoticeHours);

    public TimeSpan RescheduleNotice => TimeSpan.FromHours(RescheduleNoticeHours);

    public IEnumerable<string> Problems()
    {
        if (WindowWorkingDays is < 1 or > 30)
            yield return "JointVisits:WindowWorkingDays must be 1–30";
        if (MinimumNoticeHours is < 0 or > 72 || RescheduleNoticeHours is < 0 or > 168 || MaxReschedules is < 0 or > 10)
            yield return "JointVisits: MinimumNoticeHours 0–72, RescheduleNoticeHours 0–168, MaxReschedules 0–10";
        if (SurveyorAvailability.Problems(DefaultSlotStarts, DefaultSlotHours, DefaultCapacity).Any())
            yield return "JointVisits: the default slots are invalid: " + string.Join("; ", SurveyorAvailability.Problems(DefaultSlotStarts, DefaultSlotHours, DefaultCapacity));
    }
}
