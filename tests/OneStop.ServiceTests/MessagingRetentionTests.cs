using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OneStop.Electricity;
using OneStop.Intake;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests;

/// <summary>A host that forgets sent outbox rows and handled inbox records at once, and looks every second.</summary>
public sealed class NoRetentionHost : ServiceHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:Retention", "00:00:00");
        builder.UseSetting("Outbox:CleanupInterval", "00:00:01");
    }
}

public sealed class MessagingRetentionTests(NoRetentionHost host) : IClassFixture<NoRetentionHost>
{
    [Fact]
    public async Task Sent_outbox_rows_and_inbox_records_past_their_retention_are_removed()
    {
        var submitted = await host.Api.SubmitAsync(Requests.Valid("electricity"));
        await host.Api.WaitUntilInProgressAsync(submitted.Id);

        await Eventually.UntilAsync(() => host.QueryAsync(async (IntakeDbContext db) => await db.Outbox.CountAsync() + await db.Inbox.CountAsync()),
            rows => rows == 0, "intake's outbox and inbox to be emptied");
        await Eventually.UntilAsync(() => host.QueryAsync(async (ElectricityDbContext db) => await db.Outbox.CountAsync() + await db.Inbox.CountAsync()),
            rows => rows == 0, "electricity's outbox and inbox to be emptied");
        Assert.Single(await host.QueryAsync((ElectricityDbContext db) => db.Applications.ToListAsync()));
    }
}
