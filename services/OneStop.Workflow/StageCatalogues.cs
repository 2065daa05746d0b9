using Microsoft.Extensions.Options;

namespace OneStop.Workflow;

/// <summary>The catalogue that applies to a case: the most specific region that configures it, else the default.</summary>
public sealed class StageCatalogues(IOptions<WorkflowOptions> options)
{
    private static readonly Dictionary<string, StageCatalogue> Defaults = DefaultCatalogues.All.ToDictionary(c => c.Key);

    public StageCatalogue For(string key, string regionCode)
    {
        if (!Defaults.TryGetValue(key, out var catalogue))
            throw new ArgumentOutOfRangeException(nameof(key), key, "not a catalogue");
        foreach (var prefix in new[] { regionCode, regionCode[..Math.Min(4, regionCode.Length)], regionCode[..Math.Min(2, regionCode.Length)] }.Distinct())
            if (options.Value.Regions.TryGetValue(prefix, out var regional) && regional.TryGetValue(key, out var configured))
                return new StageCatalogue(key, configured.Stages.Select(s => s.ToDefinition()).ToList());
        return catalogue;
    }

    /// <summary>Everything wrong with the configured regions, so that a bad setting stops the service at start-up.</summary>
    public static IEnumerable<string> Problems(WorkflowOptions options)
    {
        if (options.SlaWatcherInterval <= TimeSpan.Zero)
            yield return "Workflow:SlaWatcherInterval: must be a positive time span, e.g. 00:01:00";
        foreach (var (region, catalogues) in options.Regions)
        {
            if (region.Length is not (2 or 4 or 6) || !region.All(char.IsAsciiDigit))
                yield return $"Workflow:Regions:{region}: a region is a 2-, 4- or 6-digit administrative division prefix";
            foreach (var (key, catalogue) in catalogues)
            {
                var where = $"Workflow:Regions:{region}:{key}";
                if (!Defaults.ContainsKey(key))
                    yield return $"{where}: unknown catalogue; choose from {string.Join(", ", Defaults.Keys)}";
                if (catalogue.Stages.Count == 0)
                    yield return $"{where}: needs at least one stage";
                foreach (var (stage, index) in catalogue.Stages.Select((s, i) => (s, i)))
                {
                    if (string.IsNullOrWhiteSpace(stage.Code) || string.IsNullOrWhiteSpace(stage.NameZh) || string.IsNullOrWhiteSpace(stage.NameEn))
                        yield return $"{where}:Stages:{index}: needs Code, NameZh and NameEn";
                    if (stage.LimitWorkingDays is <= 0 or > 365)
                        yield return $"{where}:Stages:{index}: LimitWorkingDays must be more than 0 and at most 365";
                }
                if (catalogue.Stages.GroupBy(s => s.Code).Any(g => g.Count() > 1))
                    yield return $"{where}: stage codes must be unique";
                if (catalogue.Stages.Where(s => s.Joint is not null).GroupBy(s => s.Joint).Any(g => g.Count() > 1))
                    yield return $"{where}: a joint step belongs to one stage";
                // Intake hears a utility is ready for its acceptance when the stage starts: the first starts at receipt, unheard.
                if (catalogue.Stages.FirstOrDefault()?.Joint == Contracts.JointSteps.JointStep.Acceptance)
                    yield return $"{where}:Stages:0: the joint acceptance cannot be the first stage";
            }
        }
    }
}

/// <summary>Reports every problem of the regional configuration at once, at start-up.</summary>
public sealed class WorkflowOptionsValidator : IValidateOptions<WorkflowOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkflowOptions options) =>
        StageCatalogues.Problems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
