using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts.Contractors;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages.Contractors;

/// <summary>The public directory of designers and builders for the applicant's own works, searched by utility, work, district and name.</summary>
public sealed class IndexModel(PortalApi api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Utility { get; set; }
    [BindProperty(SupportsGet = true)] public string? Work { get; set; }
    [BindProperty(SupportsGet = true)] public string? RegionCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public ApiResult<ContractorDirectoryView>? Directory { get; private set; }

    public async Task OnGetAsync()
    {
        var query = new Dictionary<string, string?>
        {
            ["utility"] = Empty(Utility), ["work"] = Empty(Work), ["regionCode"] = Empty(RegionCode), ["name"] = Empty(Name),
            ["page"] = PageNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Directory = await api.GetContractorsAsync(query.Where(pair => pair.Value is not null));
    }

    /// <summary>The same search on another page.</summary>
    public string PageLink(int page) =>
        $"/contractors{QueryString.Create(new Dictionary<string, string?> { ["utility"] = Utility, ["work"] = Work, ["regionCode"] = RegionCode, ["name"] = Name, ["page"] = $"{page}" }.Where(p => !string.IsNullOrEmpty(p.Value)))}";

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
