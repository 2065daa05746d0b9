using OneStop.Contracts;

namespace OneStop.Workflow;

/// <summary>The stages of one kind of case, in order (e.g. high-voltage electricity from a single source).</summary>
public sealed record StageCatalogue(string Key, IReadOnlyList<StageDefinition> Stages)
{
    /// <summary>The utility's own time in total; the customer's works and corrections are not part of it.</summary>
    public double TotalLimitWorkingDays => Stages.Sum(s => s.LimitWorkingDays);
}
