using Microsoft.AspNetCore.Hosting;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Notifications;

/// <summary>
/// The all-in-one host with a (fake) Dapr sidecar, so that messages go out on SMS, e-mail and DingTalk as well as to the
/// inbox; the electricity supervisors have a phone and an e-mail address; retries come quickly and give up after three.
/// </summary>
public sealed class NotifyingHost : ServiceHost, IAsyncLifetime
{
    public const string SupervisorPhone = "13900139000";
    public const string SupervisorEmail = "duty@power.example.cn";
    public const string ApiToken = "test-only-dapr-token";

    public FakeDaprSidecar Sidecar { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Sidecar = await FakeDaprSidecar.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DAPR_GRPC_ENDPOINT", Sidecar.Address);
        builder.UseSetting("DAPR_API_TOKEN", ApiToken);
        builder.UseSetting("Notification:Supervisors:electricity:Phone", SupervisorPhone);
        builder.UseSetting("Notification:Supervisors:electricity:Email", SupervisorEmail);
        builder.UseSetting("Notification:Delivery:PollInterval", "00:00:00.1");
        builder.UseSetting("Notification:Delivery:FirstRetryDelay", "00:00:00.1");
        builder.UseSetting("Notification:Delivery:MaxRetryDelay", "00:00:00.2");
        builder.UseSetting("Notification:Delivery:MaxAttempts", "3");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sidecar.DisposeAsync();
    }
}
