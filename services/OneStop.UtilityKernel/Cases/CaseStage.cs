using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.JointSteps;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// One stage of one case, copied from its catalogue when the case opened (a later change of the regional configuration
/// does not move an open case's goalposts), with its clock, deadline and outcome.
/// </summary>
public sealed class CaseStage
{
    /// <summary>Supervisors are warned when a stage has used this share of its limit.</summary>
    public const double DueSoonShare = 0.8;

    public Guid CaseId { get; private set; }
    public int Order { get; private set; }
    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public double LimitWorkingDays { get; private set; }
    public bool AwaitsCustomerWorks { get; private set; }
    /// <summary>The joint visit this stage takes part in: it completes only after it.</summary>
    public JointStep? Joint { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    /// <summary>True while the utility's time counts: started, not paused, not finished.</summary>
    public bool ClockRunning { get; private set; }
    /// <summary>Null while paused (and, from releases before provisional calendars, while its year had no schedule).</summary>
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset? DueSoonAt { get; private set; }
    public DateTimeOffset? DueSoonRaisedAt { get; private set; }
    public DateTimeOffset? OverdueRaisedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? CompletedBy { get; private set; }
    /// <summary>The utility's working days on the stage, the applicant's time left out.</summary>
    public double? WorkingDays { get; private set; }
    public bool? OnTime { get; private set; }
    public Dictionary<string, string> Data { get; private set; } = [];

    public StageName Name => new(Code, NameZh, NameEn);

    public static CaseStage Of(Guid caseId, int order, StageDefinition definition) => new()
    {
        CaseId = caseId,
        Order = order,
        Code = definition.Code,
        NameZh = definition.NameZh,
        NameEn = definition.NameEn,
        LimitWorkingDays = definition.LimitWorkingDays,
        AwaitsCustomerWorks = definition.AwaitsCustomerWorks,
        Joint = definition.Joint,
    };

    public void Start(WorkingDayCalendar calendar, DateTimeOffset at)
    {
        StartedAt = at;
        Resume(calendar, at, elapsedWorkingDays: 0);
    }

    public void Pause()
    {
        ClockRunning = false;
        DueAt = null;
        DueSoonAt = null;
    }

    /// <summary>Runs the clock again with what is left of the limit: the deadline moves by the applicant's time.</summary>
    public void Resume(WorkingDayCalendar calendar, DateTimeOffset at, double elapsedWorkingDays)
    {
        ClockRunning = true;
        RefreshDeadline(calendar, at, elapsedWorkingDays);
    }

    private void RefreshDeadline(WorkingDayCalendar calendar, DateTimeOffset at, double elapsedWorkingDays)
    {
        DueAt = calendar.AddWorkingDays(at, Math.Max(0, LimitWorkingDays - elapsedWorkingDays));
        DueSoonAt = calendar.AddWorkingDays(at, Math.Max(0, DueSoonShare * LimitWorkingDays - elapsedWorkingDays));
    }

    /// <summary>
    /// The deadline counted again from the last time the clock started, because the calendar changed. An alarm raised on
    /// the old date stands while its moment has still passed on the new one; otherwise it is taken back, to be raised
    /// again when the new moment comes. (Supervisors were told on the basis known then; the case's timeline says the date moved.)
    /// </summary>
    public void Recount(WorkingDayCalendar calendar, DateTimeOffset resumedAt, double elapsedWorkingDays, DateTimeOffset now)
    {
        RefreshDeadline(calendar, resumedAt, elapsedWorkingDays);
        if (DueSoonAt > now)
            DueSoonRaisedAt = null;
        if (DueAt >= now)
            OverdueRaisedAt = null;
    }

    public void Complete(IReadOnlyDictionary<string, string> data, string by, DateTimeOffset at, double workingDays)
    {
        ClockRunning = false;
        CompletedAt = at;
        CompletedBy = by;
        WorkingDays = Math.Round(workingDays, 4);
        OnTime = workingDays <= LimitWorkingDays;
        Data = new Dictionary<string, string>(data);
    }

    public void Stop() => ClockRunning = false;

    public bool DueSoonAlarmDue(DateTimeOffset now) => ClockRunning && DueSoonRaisedAt is null && DueSoonAt <= now;

    public bool OverdueAlarmDue(DateTimeOffset now) => ClockRunning && OverdueRaisedAt is null && DueAt < now;

    public void MarkDueSoonRaised(DateTimeOffset at) => DueSoonRaisedAt = at;

    public void MarkOverdueRaised(DateTimeOffset at) => OverdueRaisedAt = at;
}
