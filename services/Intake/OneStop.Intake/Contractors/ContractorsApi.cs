using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneStop.Calendar;
using OneStop.Contracts;
using OneStop.Contracts.Contractors;
using OneStop.Intake.Applications.Submit;
using OneStop.Validation;

namespace OneStop.Intake.Contractors;

/// <summary><c>GET /contractors</c>: the published directory of designers and builders, searched; public, as disclosure requires.</summary>
public static class ContractorsApi
{
    public const int PageSize = 20;
    private const int MaxNameLength = 50;

    public static RouteHandlerBuilder MapContractors(this IEndpointRouteBuilder api) =>
        api.MapGet("/contractors", Search)
            .WithName("SearchContractors")
            .WithSummary("设计、施工单位名录（自主选择，不搞“三指定”） / The directory of designers and builders (your own choice)")
            .AllowAnonymous();

    private static Results<Ok<ContractorDirectoryView>, ValidationProblem> Search(
        string? utility, string? work, string? regionCode, string? name, int? page, ContractorDirectory directory, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        var utilityKind = utility is null ? null : EnumName.Parse<UtilityKind>(utility);
        if (utility is not null && utilityKind is null)
            errors.Add("utility", "应为 electricity、water、gas、heat 或 network", "must be electricity, water, gas, heat or network");
        var workKind = work is null ? null : EnumName.Parse<ContractorWork>(work);
        if (work is not null && workKind is null)
            errors.Add("work", "应为 design（设计）或 construction（施工）", "must be 'design' or 'construction'");
        if (regionCode is not null && !AdministrativeDivisionCode.IsValid(regionCode))
            errors.Add("regionCode", "不是有效的 6 位行政区划代码", "is not a valid 6-digit administrative division code");
        if (name is { Length: > MaxNameLength } || name is not null && !PlainText.IsClean(name))
            errors.Add("name", $"名称应为不超过 {MaxNameLength} 字的文字", $"must be plain text of at most {MaxNameLength} characters");
        if (page is not null and not (>= 1 and <= 1000))
            errors.Add("page", "页码应在 1–1000 之间", "must be 1 to 1000");
        if (errors.Any)
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "查询条件有误 / The search has errors");

        var found = directory.Search(utilityKind, workKind, regionCode, name?.Trim(), WorkingDayCalendar.ChinaDate(clock.GetUtcNow())).ToList();
        var number = page ?? 1;
        return TypedResults.Ok(new ContractorDirectoryView(found.Skip((number - 1) * PageSize).Take(PageSize).ToList(), found.Count, number, PageSize,
            ContractorDirectory.Rule));
    }
}
