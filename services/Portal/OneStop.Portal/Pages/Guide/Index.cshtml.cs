using Microsoft.AspNetCore.Mvc;
using OneStop.Contracts.Guide;
using OneStop.Portal.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Portal.Pages.Guide;

/// <summary>The public service guide: what a case needs, before anyone signs in.</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string ApplicantType { get; set; } = "individual";
    [BindProperty(SupportsGet = true)] public List<string> Utilities { get; set; } = [];
    [BindProperty(SupportsGet = true)] public decimal? CapacityKw { get; set; }
    [BindProperty(SupportsGet = true)] public string ElectricityUsage { get; set; } = "residential";
    [BindProperty(SupportsGet = true)] public string PowerSource { get; set; } = "single";
    [BindProperty(SupportsGet = true)] public string GasUsage { get; set; } = "residential";
    [BindProperty(SupportsGet = true)] public int? PipeDiameterMm { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? HeatedAreaM2 { get; set; }

    public ApiResult<ServiceGuideView>? Guide { get; private set; }

    public async Task OnGetAsync()
    {
        if (Utilities.Count == 0)
            return;
        var query = new Dictionary<string, string?> { ["applicantType"] = ApplicantType, ["utilities"] = string.Join(',', Utilities), ["gasUsage"] = GasUsage };
        if (Utilities.Contains("electricity"))
            (query["capacityKw"], query["electricityUsage"], query["powerSource"]) = ($"{CapacityKw}", ElectricityUsage, PowerSource);
        if (PipeDiameterMm is { } diameter)
            query["pipeDiameterMm"] = $"{diameter}";
        if (HeatedAreaM2 is { } area)
            query["heatedAreaM2"] = area.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Guide = await api.GetGuideAsync(query);
    }
}
