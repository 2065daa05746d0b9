using OneStop.Contracts.JointSteps;

namespace OneStop.Contracts;

/// <summary>
/// One stage (环节) of a utility's workflow and its time limit in working days. A stage that awaits the customer's works
/// starts only when the customer declares them complete: the time before is the customer's, not the utility's. A stage
/// that takes part in a joint step (a survey) completes only after the joint visit, with its outcome recorded.
/// </summary>
public sealed record StageDefinition(string Code, string NameZh, string NameEn, double LimitWorkingDays, bool AwaitsCustomerWorks = false,
    JointStep? Joint = null);
