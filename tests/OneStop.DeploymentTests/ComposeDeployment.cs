using System.Security.Cryptography;
using OneStop.Testing;

namespace OneStop.DeploymentTests;

/// <summary>
/// docker-compose.yml really started: images built from the repository's Dockerfile, every service, the portal, the
/// gateway and an issuer up and healthy, under a project name of its own and with secrets made for the run; taken down
/// with its volumes afterwards. Where no registry is reachable (.ci/local-images.env is sourced), with
/// docker-compose.local-images.yml on top.
/// </summary>
public sealed class ComposeDeployment : IAsyncLifetime
{
    public const string Project = "onestop-compose-test";
    public static readonly Uri Gateway = new("http://127.0.0.1:8080/");
    private static readonly TimeSpan BuildAndStartTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromMinutes(5);

    private readonly string _envFile = Path.GetTempFileName();
    private readonly string _demoPassword = Secret();

    private string? _unavailable;
    private PublicApiClient? _api;

    /// <summary>A client of the deployment's gateway; skips the test (fails it under ONESTOP_REQUIRE_INFRA=1) without an engine.</summary>
    public PublicApiClient Api
    {
        get
        {
            if (_unavailable is not null)
                Tools.SkipUnlessRequired(_unavailable);
            return _api!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        try
        {
            var engine = Tools.Run("docker", ["info"]);
            _unavailable = engine.ExitCode == 0 ? null : $"No Docker engine answers (.ci/start-containers starts one): {engine.Error}";
        }
        catch (Exception missing)
        {
            _unavailable = missing.Message;
        }
        if (_unavailable is not null)
            return;
        await File.WriteAllLinesAsync(_envFile,
        [
            $"POSTGRES_PASSWORD={Secret()}",
            $"RABBITMQ_PASSWORD={Secret()}",
            $"PERSONAL_DATA_KEY={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            $"KEYCLOAK_ADMIN_PASSWORD={Secret()}",
            $"ONESTOP_DEMO_PASSWORD={_demoPassword}",
        ]);
        Compose(["down", "--volumes", "--remove-orphans"]);
        var up = Compose(["up", "--detach", "--build"], BuildAndStartTimeout);
        Assert.True(up.ExitCode == 0, up.Describe());
        await WaitUntilReadyAsync(Gateway);
        _api = new PublicApiClient(new HttpClient { BaseAddress = Gateway }, new DemoTokens(Gateway, _demoPassword));
    }

    public ValueTask DisposeAsync()
    {
        if (_unavailable is null)
            Compose(["down", "--volumes", "--remove-orphans"]);
        File.Delete(_envFile);
        return ValueTask.CompletedTask;
    }

    public ToolResult Compose(IEnumerable<string> args, TimeSpan? timeout = null) =>
        Tools.Run("docker-compose", [.. Files(), "--env-file", _envFile, "--project-name", Project, .. args], timeout: timeout);

    /// <summary>The last lines each of the deployment's containers wrote, to explain a failure.</summary>
    public string Logs() => Compose(["logs", "--no-color", "--tail", "40"]).Output;

    private static IEnumerable<string> Files() =>
        Environment.GetEnvironmentVariable("ONESTOP_DOTNET_SDK_IMAGE") is { Length: > 0 }
            ? ["--file", "docker-compose.yml", "--file", "docker-compose.local-images.yml"]
            : ["--file", "docker-compose.yml"];

    private async Task WaitUntilReadyAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + HealthyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync("health/ready")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        Assert.Fail($"The gateway was not ready within {HealthyTimeout}.\n{Logs()}");
    }

    // Letters and digits only: the passwords go into connection strings and the realm's JSON.
    private static string Secret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
