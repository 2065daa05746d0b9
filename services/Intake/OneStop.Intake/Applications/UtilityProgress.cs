using OneStop.Contracts;
using OneStop.Contracts.Fees;
using OneStop.Contracts.Intake;
using OneStop.Contracts.Utilities;

namespace OneStop.Intake.Applications;

/// <summary>Where one requested utility stands with a joint application, as far as intake has heard.</summary>
public sealed class UtilityProgress
{
    public Guid ApplicationId { get; private set; }
    public UtilityKind Utility { get; private set; }
    public UtilityStatus Status { get; private set; }
    public Guid? UtilityApplicationId { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    /// <summary>The Sequence of the newest utility state applied: older states arriving late are ignored.</summary>
    public int StateSequence { get; private set; }
    public string? StageCode { get; private set; }
    public string? StageNameZh { get; private set; }
    public string? StageNameEn { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public CalendarBasis? DueCalendar { get; private set; }
    public DateTimeOffset? ForecastCompletion { get; private set; }
    public CalendarBasis? ForecastCalendar { get; private set; }
    /// <summary>What the applicant owes while the utility's clock stands (null while it runs).</summary>
    public PauseKind? ClockPausedFor { get; private set; }
    public Guid? OpenCorrectionId { get; private set; }
    public string? OpenCorrectionNeeded { get; private set; }
    /// <summary>Set when the applicant answers, cleared when the utility resumes: an answer is given once.</summary>
    public DateTimeOffset? CorrectionAnsweredAt { get; private set; }
    public DateTimeOffset? CustomerWorksDeclaredAt { get; private set; }
    public string? RejectionReason { get; private set; }
    /// <summary>客户经理: the utility's operator who answers for the application, and the utility's hotline.</summary>
    public string? ManagerName { get; private set; }
    public string? ManagerHotline { get; private set; }
    public DateTimeOffset? ManagerAssignedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>What the utility charges, as its newest quote says, and when that quote was made (news may come out of order).</summary>
    public FeeQuote? Quote { get; private set; }
    public DateTimeOffset? QuotedAt { get; private set; }
    /// <summary>What its finished stages produced for the applicant, kept whatever order the utility's news arrives in.</summary>
    public List<StageOutcome> Outcomes { get; private set; } = [];

    public bool IsClosed => Status is UtilityStatus.Rejected or UtilityStatus.Connected;

    public static UtilityProgress Pending(Guid applicationId, UtilityKind utility) =>
        new() { ApplicationId = applicationId, Utility = utility, Status = UtilityStatus.Pending };

    public void MarkReceived(Guid utilityApplicationId, FeeQuote? quote, DateTimeOffset at)
    {
        UtilityApplicationId = utilityApplicationId;
        ReceivedAt = at;
        if (quote is not null)
            Requote(quote, at);
        if (Status == UtilityStatus.Pending)
            Status = UtilityStatus.Received;
    }

    /// <summary>Takes a quote unless a newer one is already here; false when it was older.</summary>
    public bool Requote(FeeQuote quote, DateTimeOffset at)
    {
        if (QuotedAt > at)
            return false;
        (Quote, QuotedAt) = (quote, at);
        return true;
    }

    /// <summary>
    /// Takes the utility's state, at the moment of the event, if it is newer than what intake has. A state that arrives
    /// late changes nothing, and neither does the second event of one action (a stage completed and the connection it
    /// made carry the same state), whichever of the two arrives first.
    /// </summary>
    public void Apply(IUtilityCaseEvent utilityEvent, DateTimeOffset at)
    {
        UtilityApplicationId ??= utilityEvent.UtilityApplicationId;
        if (utilityEvent is UtilityStageCompleted completed)
            Keep(completed);
        var state = utilityEvent.State;
        if (state.Sequence <= StateSequence)
            return;
        StateSequence = state.Sequence;
        Status = Enum.Parse<UtilityStatus>(state.Status.ToString());
        (StageCode, StageNameZh, StageNameEn) = (state.CurrentStage?.Code, state.CurrentStage?.Chinese, state.CurrentStage?.English);
        (DueAt, DueCalendar, ForecastCompletion, ForecastCalendar) = (state.DueAt, state.DueCalendar, state.ForecastCompletion, state.ForecastCalendar);
        ClockPausedFor = state.ClockPausedFor;
        if (Status != UtilityStatus.AwaitingCorrection)
            (OpenCorrectionId, OpenCorrectionNeeded, CorrectionAnsweredAt) = (null, null, null);
        if (Status != UtilityStatus.AwaitingCustomerWorks)
            CustomerWorksDeclaredAt = null;
        if (IsClosed)
            ClosedAt = at;
        switch (utilityEvent)
        {
            case UtilityCorrectionRequested requested:
                (OpenCorrectionId, OpenCorrectionNeeded) = (requested.CorrectionId, requested.Needed);
                break;
            case UtilityApplicationRejected rejected:
                RejectionReason = rejected.Reason;
                break;
        }
    }

    private void Keep(UtilityStageCompleted completed)
    {
        var shown = completed.Data.Where(field => StageProducts.Label(field.Key) is not null).ToDictionary();
        if (shown.Count > 0 && !Outcomes.Any(outcome => outcome.Stage.Code == completed.Stage.Code))
            Outcomes = [.. Outcomes, new StageOutcome(completed.Stage, completed.CompletedAt, shown)];
    }

    public void MarkCorrectionAnswered(DateTimeOffset at) => CorrectionAnsweredAt = at;

    public bool NameManager(string name, string? hotline, DateTimeOffset at)
    {
        if (ManagerAssignedAt >= at)
            return false;
        (ManagerName, ManagerHotline, ManagerAssignedAt) = (name, hotline, at);
        return true;
    }

    public void MarkCustomerWorksDeclared(DateTimeOffset at) => CustomerWorksDeclaredAt = at;
}
