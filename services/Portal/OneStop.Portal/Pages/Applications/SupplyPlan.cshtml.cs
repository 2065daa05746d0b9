using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts;
using OneStop.Contracts.Intake;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages.Applications;

/// <summary>
/// 供电方案答复单: the supply plan the electricity company gave, as a page and as a PDF the customer hands to the builder
/// of its own works. The same facts make both.
/// </summary>
public sealed class SupplyPlanModel(PortalApi api) : PageModel
{
    public const string PlanField = "planSummary";
    private const string VoltageField = "supplyVoltage";

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public ApplicationView Application { get; private set; } = null!;
    public StageOutcome Plan { get; private set; } = null!;
    public string PlanText => Plan.Data[PlanField];

    /// <summary>What the plan answers, each as (Chinese label, English label, value).</summary>
    public IReadOnlyList<(string Zh, string En, string Value)> Facts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var (company, companyEn) = UtilityKind.Electricity.CompanyName();
        var pdf = new ChinesePdf().Heading("供电方案答复单 / Supply plan");
        foreach (var (zh, en, value) in Facts)
            pdf.Field($"{zh} {en}", value);
        pdf.Heading("供电方案 / The plan").Paragraph(PlanText)
            .Paragraph($"本方案由{company}答复。凭申请编号 {Application.Number} 可在 OneStop 平台核验。" +
                       $" Issued by the {companyEn}; check it on OneStop with application number {Application.Number}.", small: true);
        return File(pdf.ToBytes(), "application/pdf", $"供电方案-{Application.Number}.pdf");
    }

    private async Task<bool> LoadAsync()
    {
        var found = await api.GetApplicationAsync(Id);
        if (!found.Ok || found.Value!.Utilities.SingleOrDefault(u => u.Utility == UtilityKind.Electricity) is not { } electricity
            || electricity.Outcomes.SingleOrDefault(outcome => outcome.Data.ContainsKey(PlanField)) is not { } plan)
            return false;
        (Application, Plan) = (found.Value, plan);
        var capacity = electricity.Request is JsonElement request && request.TryGetProperty("capacityKw", out var kw) ? kw.GetDecimal() : (decimal?)null;
        var highVoltage = capacity > ElectricityRequest.LowVoltageLimitKw;
        // 《供电营业规则》: a high-voltage plan holds for one year, a low-voltage one for three months.
        var issued = plan.CompletedAt.ToOffset(TimeSpan.FromHours(8));
        var validUntil = highVoltage ? issued.AddYears(1) : issued.AddMonths(3);
        Facts =
        [
            ("申请编号", "Application number", Application.Number),
            ("申请人", "Applicant", Application.Applicant.Name),
            ("用电地址", "Supply address", Application.Site.Address),
            ("申请容量", "Capacity applied for", capacity is { } value ? $"{value.ToString(CultureInfo.InvariantCulture)} 千瓦 / kW" : "—"),
            ("接入方式", "Connection", highVoltage ? "高压 / high voltage" : "低压 / low voltage"),
            ("供电电压", "Supply voltage", plan.Data.GetValueOrDefault(VoltageField, "—")),
            ("答复时间", "Issued", issued.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            ("有效期至", "Valid until", $"{validUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}（{(highVoltage ? "高压供电方案一年 / high voltage: one year" : "低压供电方案三个月 / low voltage: three months")}）"),
            ("客户经理", "Case manager", electricity.Manager is { } manager ? manager.Name + (manager.Hotline is { } hotline ? $"（{hotline}）" : "") : "—"),
        ];
        return true;
    }
}
