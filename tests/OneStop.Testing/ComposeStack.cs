using System.Security.Cryptography;

namespace OneStop.Testing;

/// <summary>
/// docker-compose.yml really started under a project name of its own, with secrets made for the run: images built from
/// the repository's Dockerfile, every service, the portal, the gateway and an issuer. Where no registry is reachable
/// (.ci/local-images.env is sourced), with docker-compose.local-images.yml on top. Used by the deployment tests and the
/// chaos run, which kills and restarts its containers and reads its databases.
/// </summary>
public sealed class ComposeStack : IDisposable
{
    public static readonly Uri Gateway = new("http://127.0.0.1:8080/");
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string _envFile = Path.GetTempFileName();
    private readonly string _postgresPassword = Secret();

    public ComposeStack(string project)
    {
        Project = project;
        DemoPassword = Secret();
        File.WriteAllLines(_envFile,
        [
            $"POSTGRES_PASSWORD={_postgresPassword}",
            $"RABBITMQ_PASSWORD={Secret()}",
            $"PERSONAL_DATA_KEY={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            $"KEYCLOAK_ADMIN_PASSWORD={Secret()}",
            $"ONESTOP_DEMO_PASSWORD={DemoPassword}",
            // Every application of a test, and of the chaos run's steady load, is filed by one clerk from one address.
            "SUBMISSIONS_PER_USER_PER_MINUTE=100000",
            "SUBMISSIONS_PER_ADDRESS_PER_MINUTE=100000",
        ]);
    }

    public string Project { get; }

    public string DemoPassword { get; }

    /// <summary>Why no deployment can run here (no engine answers), or null.</summary>
    public static string? Unavailable()
    {
        try
        {
            var engine = Command.Run("docker", ["info"], CommandTimeout);
            return engine.Succeeded ? null : $"No Docker engine answers (.ci/start-servers starts one): {engine.Error}";
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            return $"docker is not installed: {missing.Message}";
        }
    }

    /// <summary>Builds and starts the deployment from nothing (an earlier one of the same project is taken down first), then waits until the gateway is ready.</summary>
    public async Task UpAsync(TimeSpan buildAndStartTimeout, TimeSpan readyTimeout)
    {
        Compose(["down", "--volumes", "--remove-orphans"]);
        var up = Compose(["up", "--detach", "--build"], buildAndStartTimeout);
        if (!up.Succeeded)
            throw new InvalidOperationException($"docker-compose up failed: {up.Describe()}\n{Compose(["ps"]).Output}\n{Logs()}");
        if (!await WaitUntilReadyAsync(readyTimeout))
            throw new TimeoutException($"The gateway was not ready within {readyTimeout}.\n{Logs()}");
    }

    /// <summary>The command that takes a deployment left running down (it keeps its secrets' file until then).</summary>
    public string DownCommand => $"docker-compose {string.Join(' ', Files())} --env-file {_envFile} --project-name {Project} down --volumes";

    public CommandResult Compose(IEnumerable<string> args, TimeSpan? timeout = null) =>
        Command.Run("docker-compose", [.. Files(), "--env-file", _envFile, "--project-name", Project, .. args], timeout ?? CommandTimeout,
            Command.RepositoryRoot);

    /// <summary>The id of the container running <paramref name="service"/>.</summary>
    public string ContainerOf(string service)
    {
        var id = Compose(["ps", "--quiet", service]);
        if (!id.Succeeded || id.Output.Trim().Length == 0)
            throw new InvalidOperationException($"No container runs {service}: {id.Describe()}");
        return id.Output.Trim();
    }

    /// <summary><c>docker kill</c>: SIGKILL, no shutdown; the restart policy leaves a killed container down until <see cref="Start"/>.</summary>
    public CommandResult Kill(string service) => Command.Run("docker", ["kill", ContainerOf(service)], CommandTimeout);

    public CommandResult Start(string service) => Compose(["start", service]);

    /// <summary>Runs SQL in one of the deployment's databases with psql inside the PostgreSQL container: rows as lines, columns split by '|'.</summary>
    public CommandResult Sql(string database, string sql) =>
        Command.Run("docker", ["exec", "-i", "-e", $"PGPASSWORD={_postgresPassword}", ContainerOf("postgres"),
            "psql", "-h", "127.0.0.1", "-U", "onestop", "-d", database, "-v", "ON_ERROR_STOP=1", "-At", "-F", "|", "-f", "-"], CommandTimeout, input: sql);

    /// <summary>The last lines each of the deployment's containers wrote, to explain a failure.</summary>
    public string Logs() => Compose(["logs", "--no-color", "--tail", "40"]).Output;

    public async Task<bool> WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync("health/ready")).IsSuccessStatusCode)
                    return true;
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        return false;
    }

    public void Dispose()
    {
        Compose(["down", "--volumes", "--remove-orphans"]);
        File.Delete(_envFile);
    }

    private static IEnumerable<string> Files() =>
        Environment.GetEnvironmentVariable("ONESTOP_DOTNET_SDK_IMAGE") is { Length: > 0 }
            ? ["--file", "docker-compose.yml", "--file", "docker-compose.local-images.yml"]
            : ["--file", "docker-compose.yml"];

    // Letters and digits only: the passwords go into connection strings and the realm's JSON.
    private static string Secret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
