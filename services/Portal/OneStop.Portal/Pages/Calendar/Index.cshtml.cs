using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Contracts.Calendar;
using OneStop.Portal.Infrastructure;

namespace OneStop.Portal.Pages.Calendar;

/// <summary>How working days are counted in a year, for applicants and clerks: every day off and adjusted working day, and on what basis.</summary>
public sealed class IndexModel(PortalApi api, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public ApiResult<CalendarYearView> Calendar { get; private set; } = null!;

    public async Task OnGetAsync(int? year)
    {
        Year = year ?? clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        Calendar = await api.GetCalendarAsync(Year);
    }
}
