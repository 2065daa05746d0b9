using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Approvals;
using OneStop.Contracts.JointSteps;
using OneStop.Contracts.Utilities;
using OneStop.Workflow;

namespace OneStop.UtilityKernel.Cases;

/// <summary>
/// 联合审批: when this utility's survey found external works, the stages after the survey's wait for the departments'
/// approval of the shared trench (their time, not the utility's), and the works go in its window.
/// </summary>
public sealed partial class UtilityApplication<TDetails>
{
    public WorksApprovalOutcome? WorksApproval { get; private set; }

    /// <summary>The departments decided (or the works were filed on commitment); a stale or repeated outcome changes nothing.</summary>
    public IReadOnlyList<object> WorksApprovalDecided(ExternalWorksApprovalDecided decided, WorkingDayCalendar calendar)
    {
        if (IsClosed || WorksApproval is { } known && (known.Round > decided.Round || known.Round == decided.Round && known.Status == decided.Outcome))
            return [];
        WorksApproval = new WorksApprovalOutcome(decided.ApprovalId, decided.Round, decided.Outcome, decided.WorksFrom, decided.WorksUntil, decided.RejectedBy,
            decided.Reason, decided.DecidedAt);
        Version++;
        if (!WorksApproval.LetsWorksStart() || OpenPause is not { Kind: PauseKind.WorksApproval } wait || CurrentStage is not { } stage)
            return [];
        wait.Close(null, decided.DecidedAt);
        stage.Resume(calendar, wait.To!.Value, WorkingDaysOn(stage, calendar, wait.To.Value));
        var ready = WaitForWhatIsOwed(stage, wait.To.Value);
        return [new UtilityClockResumed(JointApplicationId, Utility, Id, wait.Id, wait.To.Value, State(calendar), PauseKind.WorksApproval), .. ready];
    }

    /// <summary>A stage whose clock stands for the departments completes only once they let the works start.</summary>
    private void EnsureWorksApproved()
    {
        if (OpenPause is { Kind: PauseKind.WorksApproval })
            throw new IllegalTransitionException("外线工程尚在联合审批中，审批通过后方可完成本环节",
                "The external works are still with the departments; this stage completes once they are approved");
    }

    /// <summary>A stage after the survey's starts with its clock standing while the external works the survey found await their approval.</summary>
    private void WaitForWorksApproval(CaseStage stage, DateTimeOffset at)
    {
        if (!stage.ClockRunning || OpenPause is not null || WorksApproval?.LetsWorksStart() == true
            || VisitFor(JointStep.Survey) is not { Findings.ExternalWorksNeeded: true }
            || Stages.SingleOrDefault(s => s.Joint == JointStep.Survey) is not { } survey || stage.Order <= survey.Order)
            return;
        Pauses.Add(CasePause.Waiting(Id, stage.Code, PauseKind.WorksApproval, at));
        stage.Pause();
    }
}
