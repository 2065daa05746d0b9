using Microsoft.AspNetCore.Hosting;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Calendar;

/// <summary>The all-in-one host with watchers that look five times a second, on a data folder that may outlive it (a restart).</summary>
public sealed class CalendarHost(string? dataDirectory = null) : ServiceHost(dataDirectory)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workflow:SlaWatcherInterval", "00:00:00.2");
        builder.UseSetting("Documents:CommitmentWatcherInterval", "00:00:00.2");
    }

    /// <summary>PUT /api/admin/calendars/{year} as the administrator, with <paramref name="csv"/> as the body.</summary>
    public Task<HttpResponseMessage> InstallAsync(int year, string csv, string mediaType = "text/csv") =>
        ClientFor("admin").PutAsync($"/api/admin/calendars/{year}", new StringContent(csv, System.Text.Encoding.UTF8, mediaType),
            TestContext.Current.CancellationToken);
}
