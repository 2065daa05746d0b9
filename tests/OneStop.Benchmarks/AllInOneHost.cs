using System.Security.Cryptography;
using OneStop.Testing;

namespace OneStop.Benchmarks;

/// <summary>
/// The embedded default as a newcomer runs it — every service in one process, in-memory bus, a SQLite file per
/// service, the built-in issuer — in a data folder of its own, with the submission limits off for the load.
/// </summary>
public sealed class AllInOneHost : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"onestop-all-in-one-{Guid.NewGuid():N}");

    private AllInOneHost(string password)
    {
        Process = ServiceProcess.Start("AllInOne", "services/AllInOne/bin/{configuration}/net10.0/OneStop.AllInOne.dll",
            new Dictionary<string, string>
            {
                ["Data__Directory"] = _dataDirectory,
                ["Identity__DemoPassword"] = password,
                ["RateLimiting__Submission__PerUserPerMinute"] = "1000000",
                ["RateLimiting__Submission__PerAddressPerMinute"] = "1000000",
            });
        Tokens = new DemoTokens(Process.BaseAddress, password);
    }

    public ServiceProcess Process { get; }
    public DemoTokens Tokens { get; }
    public string IntakeFile => Path.Combine(_dataDirectory, "intake.db");

    public static async Task<AllInOneHost> StartAsync()
    {
        var host = new AllInOneHost(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        try
        {
            await host.Process.WaitUntilHealthyAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }
}
