using Microsoft.AspNetCore.Hosting;
using OneStop.ServiceTests.Infrastructure;

namespace OneStop.ServiceTests.Documents;

/// <summary>
/// The all-in-one host with a 64 KiB upload limit and a 128 KiB one for videos (so that an oversized file is cheap), and
/// a commitment watcher that looks five times a second.
/// </summary>
public sealed class DocumentHost : ServiceHost
{
    public const int UploadLimit = 64 * 1024;
    public const int VideoLimit = 128 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Documents:MaxUploadBytes", UploadLimit.ToString());
        builder.UseSetting("Documents:MaxVideoBytes", VideoLimit.ToString());
        builder.UseSetting("Documents:CommitmentWatcherInterval", "00:00:00.2");
    }
}
