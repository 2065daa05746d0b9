using OneStop.Contracts;
using OneStop.Contracts.JointSteps;

namespace OneStop.Workflow;

/// <summary>
/// Regional catalogues, by administrative division prefix (2 digits a province, 4 a city, 6 a district), each replacing
/// the default of the same key. In configuration: <c>Workflow:Regions:33:water:Stages:0:Code=acceptance-survey</c>, …
/// </summary>
public sealed class WorkflowOptions
{
    public Dictionary<string, Dictionary<string, CatalogueOptions>> Regions { get; set; } = [];

    /// <summary>How often each utility's SLA watcher looks for stages that are due soon or overdue.</summary>
    public TimeSpan SlaWatcherInterval { get; set; } = TimeSpan.FromMinutes(1);

    public sealed class CatalogueOptions
    {
        public List<StageOptions> Stages { get; set; } = [];
    }

    public sealed class StageOptions
    {
        public string Code { get; set; } = "";
        public string NameZh { get; set; } = "";
        public string NameEn { get; set; } = "";
        public double LimitWorkingDays { get; set; }
        public bool AwaitsCustomerWorks { get; set; }
        public JointStep? Joint { get; set; }

        public StageDefinition ToDefinition() => new(Code, NameZh, NameEn, LimitWorkingDays, AwaitsCustomerWorks, Joint);
    }
}
