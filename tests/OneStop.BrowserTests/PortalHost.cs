using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OneStop.BrowserTests;

/// <summary>
/// The all-in-one host with its portal on real Kestrel (a browser needs a real address), on a free port, with a data
/// folder of its own that is deleted afterwards.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"onestop-browser-tests-{Guid.NewGuid():N}");

    public PortalHost() => UseKestrel();

    /// <summary>Every service's clock, which a test moves on to a booked visit.</summary>
    public ShiftedClock Clock { get; } = new();

    public string DemoPassword { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    /// <summary>The portal's address (the host starts on first use).</summary>
    public Uri Address => _address ??= CreateClient().BaseAddress!;

    private Uri? _address;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Data:Directory", _dataDirectory);
        builder.UseSetting("Identity:DemoPassword", DemoPassword);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }
}
