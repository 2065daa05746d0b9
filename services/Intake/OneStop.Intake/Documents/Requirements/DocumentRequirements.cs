using Microsoft.Extensions.Options;
using OneStop.Contracts;
using OneStop.Workflow;

namespace OneStop.Intake.Documents.Requirements;

/// <summary>The one document set a case needs: every requested utility's requirements, each document once.</summary>
public sealed class DocumentRequirements(IOptions<DocumentOptions> options)
{
    private IReadOnlyList<DocumentRequirement> Rules => options.Value.Requirements is { Count: > 0 } configured ? configured : DefaultRequirements.All;

    public IReadOnlyList<RequiredDocument> For(ApplicantType applicantType, UtilityRequests requests) =>
        Rules.Where(rule => requests.IsRequested(rule.Utility) && Applies(rule, applicantType, requests))
            .GroupBy(rule => rule.Document)
            .Select(rules => new RequiredDocument(
                DocumentKind.Find(rules.Key)!,
                rules.Select(r => r.LegalBasis).Distinct().ToList(),
                rules.All(r => r.CommitmentWorkingDays is not null) ? rules.Min(r => r.CommitmentWorkingDays) : null,
                rules.Select(r => new DocumentNeed(r.Utility, r.BeforeStage)).DistinctBy(need => need.Utility).ToList()))
            .OrderBy(document => DocumentKind.All.ToList().IndexOf(document.Kind))
            .ToList();

    private static bool Applies(DocumentRequirement rule, ApplicantType applicantType, UtilityRequests requests) =>
        (rule.ApplicantTypes.Count == 0 || rule.ApplicantTypes.Contains(applicantType))
        && (rule.Catalogues.Count == 0 || rule.Catalogues.Contains(CatalogueKeys.For(rule.Utility, requests)!))
        && (rule.Usages.Count == 0 || UsageOf(rule.Utility, requests) is { } usage && rule.Usages.Contains(usage));

    private static Usage? UsageOf(UtilityKind utility, UtilityRequests requests) => utility switch
    {
        UtilityKind.Electricity => requests.Electricity?.Usage,
        UtilityKind.Water => requests.Water?.Usage,
        UtilityKind.Gas => requests.Gas?.Usage,
        _ => null,
    };

    /// <summary>Everything wrong with configured requirements, so that a bad setting stops intake at start-up.</summary>
    public static IEnumerable<string> Problems(DocumentOptions options)
    {
        if (options.MaxUploadBytes is < 1024 or > 100 * 1024 * 1024)
            yield return "Documents:MaxUploadBytes: from 1 KiB to 100 MiB";
        // A larger video could not reach intake: the gateway (Kestrel) takes requests of up to 30 MB.
        if (options.MaxVideoBytes is < 1024 or > 28 * 1024 * 1024)
            yield return "Documents:MaxVideoBytes: from 1 KiB to 28 MiB";
        if (options.CommitmentWatcherInterval <= TimeSpan.Zero)
            yield return "Documents:CommitmentWatcherInterval: must be a positive time span, e.g. 00:01:00";
        foreach (var (rule, index) in options.Requirements.Select((r, i) => (r, i)))
        {
            var where = $"Documents:Requirements:{index}";
            var kind = DocumentKind.Find(rule.Document);
            if (kind is null)
                yield return $"{where}:Document: unknown; choose from {string.Join(", ", DocumentKind.All.Select(k => k.Code))}";
            if (string.IsNullOrWhiteSpace(rule.LegalBasis))
                yield return $"{where}:LegalBasis: required (四免: a document without a legal basis is never asked for)";
            var catalogues = DefaultCatalogues.All.Where(c => CatalogueKeys.UtilityOf(c.Key) == rule.Utility).ToList();
            foreach (var unknown in rule.Catalogues.Where(key => catalogues.All(c => c.Key != key)))
                yield return $"{where}:Catalogues: {unknown} is not a {rule.Utility} catalogue";
            if (rule.CommitmentWorkingDays is { } days && (days is < 1 or > 60 || rule.BeforeStage is null))
                yield return $"{where}:CommitmentWorkingDays: from 1 to 60, with the BeforeStage that waits for the document";
            if (rule.CommitmentWorkingDays is not null && (kind == DocumentKind.ResidentId || kind == DocumentKind.BusinessLicence))
                yield return $"{where}: identity documents cannot follow on a commitment";
            if (rule.BeforeStage is { } stage && catalogues.All(c => c.Stages.All(s => s.Code != stage)))
                yield return $"{where}:BeforeStage: {stage} is not a stage of any {rule.Utility} catalogue";
        }
    }
}

/// <summary>Reports every problem of the document configuration at once, at start-up.</summary>
public sealed class DocumentOptionsValidator : IValidateOptions<DocumentOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentOptions options) =>
        DocumentRequirements.Problems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
