using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Utilities;

namespace OneStop.UtilityKernel.Cases;

/// <summary>A case's time: the working days spent, the deadline and forecast, what they rest on, and the alarms on them.</summary>
public sealed partial class UtilityApplication<TDetails>
{
    /// <summary>The SLA watcher's check: due-soon and overdue are each raised once per deadline, whoever checks how often.</summary>
    public IReadOnlyList<object> RaiseAlarms(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (CurrentStage is not { } stage)
            return [];
        var events = new List<object>();
        if (stage.DueSoonAlarmDue(now))
        {
            stage.MarkDueSoonRaised(now);
            events.Add(new UtilityStageDueSoon(JointApplicationId, ApplicationNumber, Utility, Id, stage.Name, stage.DueAt!.Value, DueBasis(stage, calendar)));
        }
        if (stage.OverdueAlarmDue(now))
        {
            stage.MarkOverdueRaised(now);
            events.Add(new UtilityStageOverdue(JointApplicationId, ApplicationNumber, Utility, Id, stage.Name, stage.DueAt!.Value, DueBasis(stage, calendar)));
        }
        if (events.Count > 0)
            Version++;
        return events;
    }

    /// <summary>
    /// Counts the running stage's deadline and the forecast again on the calendar as it now stands, after a year's
    /// schedule was installed (or for a deadline an earlier release left unknown). Returns the event when a date, or
    /// what it rests on, changed, and nothing otherwise, however often it is asked.
    /// </summary>
    public UtilityDeadlineRecomputed? Recompute(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (IsClosed || CurrentStage is not { ClockRunning: true, StartedAt: { } started } stage)
            return null;
        var before = (stage.DueAt, ForecastCompletion, CountedProvisionally);
        var resumedAt = Pauses.Where(p => p.StageCode == stage.Code && p.To is not null).Select(p => p.To!.Value).Append(started).Max();
        stage.Recount(calendar, resumedAt, WorkingDaysOn(stage, calendar, resumedAt), now);
        CountDates(calendar);
        if (before == (stage.DueAt, ForecastCompletion, CountedProvisionally))
            return null;
        Version++;
        return new UtilityDeadlineRecomputed(JointApplicationId, Utility, Id, stage.Name, before.DueAt, DueBasis(stage, calendar)!, now, State(calendar));
    }

    /// <summary>What a stage's deadline rests on: the calendar years from its start to the deadline.</summary>
    public static CalendarBasis? DueBasis(CaseStage stage, WorkingDayCalendar calendar) =>
        stage is { StartedAt: { } started, DueAt: { } due } ? calendar.BasisOf(started, due) : null;

    /// <summary>What the forecast rests on; none once connected (the forecast is then the day it happened).</summary>
    public CalendarBasis? ForecastBasis(WorkingDayCalendar calendar) =>
        Status != UtilityCaseStatus.Connected && ForecastCompletion is { } forecast && CurrentStage?.StartedAt is { } started
            ? calendar.BasisOf(started, forecast)
            : null;

    /// <summary>
    /// The utility's working days on a stage up to a moment, the applicant's time on it (corrections, committed documents)
    /// left out; the customer's works come before the stage starts.
    /// </summary>
    public double WorkingDaysOn(CaseStage stage, WorkingDayCalendar calendar, DateTimeOffset to) =>
        stage.StartedAt is { } started
            ? calendar.WorkingDaysExcluding(started, to, Pauses.Where(p => p.StageCode == stage.Code && p.Kind != PauseKind.CustomerWorks).Select(p => p.AsCalendarPause()))
            : 0;

    /// <summary>
    /// When the utility expects to connect: the current deadline plus the later stages' limits. Unknown while the
    /// applicant owes something or while a customer's works lie ahead.
    /// </summary>
    private DateTimeOffset? Forecast(WorkingDayCalendar calendar)
    {
        if (Status == UtilityCaseStatus.Connected)
            return ClosedAt;
        if (Status is not (UtilityCaseStatus.Received or UtilityCaseStatus.InProgress) || CurrentStage is not { DueAt: { } dueAt } stage)
            return null;
        var later = Stages.Where(s => s.Order > stage.Order).ToList();
        if (later.Any(s => s.AwaitsCustomerWorks))
            return null;
        return calendar.AddWorkingDays(dueAt, later.Sum(s => s.LimitWorkingDays));
    }

    /// <summary>Keeps the forecast given out, and whether a date rests on a provisional year, in step with the case.</summary>
    private void CountDates(WorkingDayCalendar calendar)
    {
        ForecastCompletion = Forecast(calendar);
        CountedProvisionally = (CurrentStage is { } stage && DueBasis(stage, calendar) is { IsProvisional: true })
            || ForecastBasis(calendar) is { IsProvisional: true };
    }
}
