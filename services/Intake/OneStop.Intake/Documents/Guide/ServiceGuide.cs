using Microsoft.AspNetCore.Builder;
using OneStop.Contracts.Documents;
using OneStop.Contracts.Guide;
using OneStop.Intake.Documents.Wallet;
using OneStop.Intake.Documents.Requirements;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.Contracts;
using OneStop.Calendar;
using OneStop.Fees;
using OneStop.Intake.Applications.Submit;
using OneStop.Security.PersonalData;
using OneStop.ServiceDefaults.Identity;
using OneStop.Validation;
using OneStop.Workflow;

namespace OneStop.Intake.Documents.Guide;

/// <summary>
/// <c>GET /guide</c>: before applying, what a case needs — each document once with its legal basis and how it is given
/// (fetched from electronic certificates, uploaded, or, for a signed-in applicant, reused), whether it may follow on a
/// commitment, and each utility's stages, time limits and fees. Public: it is also the disclosure regulators ask for.
/// </summary>
public static class ServiceGuide
{
    private const string FourExemptions =
        "四免：无法定依据的不要求，已提交且有效的不重复要求，部门已推送的不要求，可通过政务数据共享获取的不要求（电子证照经您确认后调取）。" +
        " / Never asked: what no rule requires, what you gave before and is still valid, what another department has sent, and what government " +
        "data sharing holds (electronic certificates are fetched once you agree).";

    public static RouteHandlerBuilder MapServiceGuide(this IEndpointRouteBuilder api) =>
        api.MapGet("/guide", HandleAsync)
            .WithName("ServiceGuide")
            .WithSummary("办事指南：所需材料、环节、时限与收费 / Service guide: documents, stages, time limits and fees")
            .AllowAnonymous();

    private static async Task<Results<Ok<ServiceGuideView>, ValidationProblem>> HandleAsync(
        string? applicantType, string? utilities, decimal? capacityKw, string? electricityUsage, string? powerSource, string? waterUsage, string? gasUsage,
        int? pipeDiameterMm, decimal? heatedAreaM2, string? regionCode, string? parkCode, HttpContext http, IntakeDbContext db, DocumentRequirements requirements,
        StageCatalogues catalogues, FeeSchedules fees, PersonalDataProtector personalData, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var type = SubmitApplicationValidator.ParseApplicantType(applicantType);
        if (type is null)
            errors.Add("applicantType", "应为 individual（个人）或 enterprise（企业）", "must be 'individual' or 'enterprise'");
        var requests = Requests(utilities, capacityKw, electricityUsage, powerSource, waterUsage, gasUsage, pipeDiameterMm, heatedAreaM2, errors);
        if (regionCode is not null && !AdministrativeDivisionCode.IsValid(regionCode))
            errors.Add("regionCode", "不是有效的 6 位行政区划代码", "is not a valid 6-digit administrative division code");
        // A listed park extends the grid's investment: only the parks the region's electricity schedule lists.
        if (parkCode is not null && fees.For(UtilityKind.Electricity, regionCode ?? "")?.ListedParks.Any(p => p.Code == parkCode) != true)
            errors.Add("parkCode", "不是本地区收费目录所列园区", "is not a park the region's electricity schedule lists");
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "查询条件有误 / The guide's query has errors");

        var wallet = CurrentUser.From(http.User) is { IdNumber: { } own } user && user.IsIn(Roles.Applicant)
            ? await WalletApi.UsableAsync(db, personalData.BlindIndex(own), clock.GetUtcNow(), cancellationToken)
            : [];
        var documents = requirements.For(type!.Value, requests!).Select(required =>
        {
            var reusable = wallet.FirstOrDefault(d => d.Type == required.Kind.Code);
            var provision = reusable is not null ? Provision.Reuse : required.Kind.Source == DocumentSource.Certificate ? Provision.Fetch : Provision.Upload;
            return new DocumentGuide(required.Kind.Code, required.Kind.NameZh, required.Kind.NameEn, required.Kind.Source, provision, reusable?.Id, required.LegalBasis,
                required.CommitmentWorkingDays, required.NeededBy);
        }).ToList();
        var today = WorkingDayCalendar.ChinaDate(clock.GetUtcNow());
        var guides = requests!.Requested().Select(utility =>
        {
            var catalogue = catalogues.For(CatalogueKeys.For(utility, requests)!, regionCode ?? "");
            var estimate = fees.Quote(new FeeInputs(utility, type.Value, regionCode ?? "", requests, today, ParkCode: parkCode));
            return new UtilityGuide(utility, catalogue.Key, catalogue.Stages, catalogue.Stages.Sum(s => s.LimitWorkingDays), estimate);
        }).ToList();
        return TypedResults.Ok(new ServiceGuideView(type.Value, documents, guides, FourExemptions));
    }

    /// <summary>
    /// The requests as the guide needs them: what decides the documents and the catalogue is asked for; a size that only
    /// prices a line (pipe diameter, heated area) may be given, and where it is not the estimate says it waits for it;
    /// the rest (bandwidth, peak gas load) decides nothing here and takes a neutral value.
    /// </summary>
    private static UtilityRequests? Requests(string? utilities, decimal? capacityKw, string? electricityUsage, string? powerSource, string? waterUsage,
        string? gasUsage, int? pipeDiameterMm, decimal? heatedAreaM2, ValidationErrors errors)
    {
        var names = (utilities ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kinds = names.Select(EnumName.Parse<UtilityKind>).ToList();
        if (kinds.Count == 0 || kinds.Any(k => k is null))
        {
            errors.Add("utilities", "请列出要申请的公用事业，如 electricity,water", "list the utilities, e.g. electricity,water");
            return null;
        }
        ElectricityRequest? electricity = null;
        if (kinds.Contains(UtilityKind.Electricity))
        {
            if (capacityKw is not (> 0 and <= 100_000))
                errors.Add("capacityKw", "用电容量应在 0–100000 千瓦之间", "must be more than 0 and at most 100000 kW");
            var usage = SubmitApplicationValidator.ParseUsage(electricityUsage);
            if (usage is null)
                errors.Add("electricityUsage", "请选择用电类别", "choose residential, commercial, industrial, agricultural or public");
            var source = powerSource is null ? PowerSource.Single : SubmitApplicationValidator.ParsePowerSource(powerSource);
            if (source is null)
                errors.Add("powerSource", "应为 single（单电源）或 dual（双电源）", "must be 'single' or 'dual'");
            electricity = errors.Any ? null : new ElectricityRequest(capacityKw!.Value, usage!.Value, source!.Value);
        }
        if (pipeDiameterMm is not null and not (>= 15 and <= 1000))
            errors.Add("pipeDiameterMm", "管径应在 15–1000 毫米之间", "must be 15 to 1000 mm");
        if (heatedAreaM2 is not null and not (>= 1 and <= 2_000_000))
            errors.Add("heatedAreaM2", "供热面积应在 1–2000000 平方米之间", "must be 1 to 2000000 m²");
        var water = ParseOptionalUsage("waterUsage", waterUsage, errors);
        var gas = ParseOptionalUsage("gasUsage", gasUsage, errors);
        return errors.Any ? null : new UtilityRequests(
            electricity,
            kinds.Contains(UtilityKind.Water) ? new WaterRequest(pipeDiameterMm ?? 0, water) : null,
            kinds.Contains(UtilityKind.Gas) ? new GasRequest(0, gas) : null,
            kinds.Contains(UtilityKind.Heat) ? new HeatRequest(heatedAreaM2 ?? 0) : null,
            kinds.Contains(UtilityKind.Network) ? new NetworkRequest(0) : null);
    }

    private static Usage ParseOptionalUsage(string field, string? value, ValidationErrors errors)
    {
        if (value is null)
            return Usage.Residential;
        if (SubmitApplicationValidator.ParseUsage(value) is { } usage)
            return usage;
        errors.Add(field, "不是有效的用途", "choose residential, commercial, industrial, agricultural or public");
        return Usage.Residential;
    }
}
