using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OneStop.DeploymentTests;

public sealed class ComposeTests
{
    private static readonly Dictionary<string, string?> Secrets = new()
    {
        ["POSTGRES_PASSWORD"] = "dummy-postgres-password",
        ["RABBITMQ_PASSWORD"] = "dummy-rabbitmq-password",
        ["PERSONAL_DATA_KEY"] = "ZHVtbXktcGVyc29uYWwtZGF0YS1rZXktMzItYnl0ZXM=",
        ["KEYCLOAK_ADMIN_PASSWORD"] = "dummy-keycloak-admin-password",
        ["ONESTOP_DEMO_PASSWORD"] = "dummy-demo-password",
    };

    public static TheoryData<string> SecretNames => new(Secrets.Keys);

    [Fact]
    public void Config_is_valid_and_lists_every_service()
    {
        var names = Yaml.Parse(Config().Output)["services"].Keys().ToList();

        string[] expected = [.. Apps.ServicesAndGateway, "rabbitmq", "postgres", "keycloak", "otel-collector", "jaeger"];
        Assert.Empty(expected.Except(names));
    }

    [Theory]
    [MemberData(nameof(SecretNames))]
    public void Config_fails_without_each_secret(string name)
    {
        var result = Compose(["config", "-q"], new Dictionary<string, string?>(Secrets) { [name] = null });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(name, result.Error);
    }

    [Fact]
    public void Every_required_variable_is_a_tested_secret_and_listed_in_env_example()
    {
        var compose = File.ReadAllText(Path.Combine(Tools.RepoRoot, "docker-compose.yml"));
        var example = File.ReadAllText(Path.Combine(Tools.RepoRoot, ".env.example"));
        var required = Regex.Matches(compose, @"\$\{(\w+):\?").Select(m => m.Groups[1].Value).Distinct().Order();

        Assert.Equal(Secrets.Keys.Order(), required);
        Assert.All(required, name => Assert.Matches($"(?m)^{name}=<[^>]+>$", example));
    }

    [Theory]
    [MemberData(nameof(Apps.ServiceNames), MemberType = typeof(Apps))]
    public void Service_waits_for_its_database_and_bus_and_is_health_checked(string name)
    {
        var service = Service(name);

        AssertReadyHealthcheck(service);
        Assert.Equal("service_healthy", service["depends_on"]?["postgres"]?["condition"].Text());
        Assert.Equal("service_healthy", service["depends_on"]?["rabbitmq"]?["condition"].Text());
        Assert.NotNull(service["restart"]);
        Assert.Equal("services/Dockerfile", service["build"]?["dockerfile"].Text());
        Assert.Equal(Apps.Pascal(name), service["build"]?["args"]?["SERVICE"].Text());

        var env = service["environment"]!;
        Assert.Contains($"Database=onestop_{name};", env[$"ConnectionStrings__{Apps.Pascal(name)}"].Text());
        Assert.Contains("Password=dummy-postgres-password", env[$"ConnectionStrings__{Apps.Pascal(name)}"].Text());
        Assert.Equal("rabbitmq", env["RabbitMq__Host"].Text());
        Assert.Equal("dummy-rabbitmq-password", env["RabbitMq__Password"].Text());
        Assert.Equal($"onestop-{name}", env["OTEL_SERVICE_NAME"].Text());
        Assert.Equal("http://otel-collector:4317", env["OTEL_EXPORTER_OTLP_ENDPOINT"].Text());
        Assert.Equal(Secrets["PERSONAL_DATA_KEY"], env["PersonalData__Key"].Text());
        Assert.Equal("service_healthy", service["depends_on"]?["keycloak"]?["condition"].Text());
    }

    [Fact]
    public void Portal_keeps_its_key_ring_in_its_own_database()
    {
        var portal = Service("portal");

        Assert.Equal("service_healthy", portal["depends_on"]?["postgres"]?["condition"].Text());
        Assert.Equal("Host=postgres;Database=onestop_portal;Username=onestop;Password=dummy-postgres-password",
            portal["environment"]!["ConnectionStrings__Portal"].Text());
    }

    [Theory]
    [MemberData(nameof(Apps.ServiceAndGatewayNames), MemberType = typeof(Apps))]
    public void App_trusts_tokens_from_keycloak(string name)
    {
        var env = Service(name)["environment"]!;

        Assert.Equal(Keycloak.Authority, env["Authentication__Authority"].Text());
        Assert.Equal(Keycloak.Audience, env["Authentication__Audience"].Text());
        Assert.Equal("false", env["Authentication__RequireHttpsMetadata"].Text());
    }

    [Fact]
    public void Keycloak_imports_the_realm_with_secrets_from_the_environment_and_is_health_checked()
    {
        var keycloak = Service("keycloak");
        var env = keycloak["environment"]!;

        Assert.Equal(Keycloak.Image, keycloak["image"].Text());
        Assert.Equal(["start-dev", "--import-realm"], keycloak["command"].Items().Select(c => c.Text()));
        Assert.Contains(keycloak["volumes"].Items(), v => Mount(v) == ($"{Tools.RepoRoot}/deploy/keycloak", Keycloak.ImportDirectory));
        Assert.Equal(Secrets["KEYCLOAK_ADMIN_PASSWORD"], env["KC_BOOTSTRAP_ADMIN_PASSWORD"].Text());
        Assert.Equal(Secrets["ONESTOP_DEMO_PASSWORD"], env[Keycloak.DemoPasswordVariable].Text());
        Keycloak.AssertSettings(env.AsObject().ToDictionary(p => p.Key, p => p.Value.Text()));
        Assert.Contains(keycloak["ports"].Items(), p => IsHostPort(p, "8081", "8080"));
        Assert.NotNull(keycloak["restart"]);

        var test = keycloak["healthcheck"]?["test"].Items().Select(t => t.Text()).ToList() ?? [];
        Assert.Equal(["CMD", "bash", "-c"], test.Take(3));
        Assert.Contains("/dev/tcp/127.0.0.1/9000", test[3]);
        Assert.Contains("GET /health/ready HTTP/1.0", test[3]);
    }

    [Fact]
    public void Gateway_is_published_on_8080_after_every_service_is_healthy()
    {
        var gateway = Service("gateway");

        AssertReadyHealthcheck(gateway);
        Assert.NotNull(gateway["restart"]);
        Assert.Contains(gateway["ports"].Items(), IsHostPort8080);
        foreach (var name in Apps.Services)
        {
            Assert.Equal("service_healthy", gateway["depends_on"]?[name]?["condition"].Text());
            Assert.Equal($"http://{name}:8080/", gateway["environment"]?[$"ReverseProxy__Clusters__{name}__Destinations__primary__Address"].Text());
        }
    }

    [Fact]
    public void Gateway_forwards_realms_to_keycloak_and_limits_submissions()
    {
        var gateway = Service("gateway");
        var env = gateway["environment"]!;

        Assert.Equal("service_healthy", gateway["depends_on"]?["keycloak"]?["condition"].Text());
        Assert.Equal("http://keycloak:8080/", env["ReverseProxy__Clusters__identity__Destinations__primary__Address"].Text());
        Assert.StartsWith(env["ReverseProxy__Clusters__identity__Destinations__primary__Address"].Text()!, Keycloak.Authority);
        Assert.Equal("10", env["RateLimiting__Submission__PerUserPerMinute"].Text());
        Assert.Equal("60", env["RateLimiting__Submission__PerAddressPerMinute"].Text());
        Assert.Null(env["PersonalData__Key"]);
    }

    [Theory]
    [InlineData("rabbitmq", "rabbitmq-diagnostics")]
    [InlineData("postgres", "pg_isready")]
    public void Data_stores_are_health_checked_and_keep_their_data_in_named_volumes(string name, string check)
    {
        var service = Service(name);

        Assert.Contains(check, service["healthcheck"]?["test"].Items().Select(t => t.Text()) ?? []);
        var volumes = Yaml.Parse(Config().Output)["volumes"].Keys();
        Assert.Contains(service["volumes"].Items(), v => volumes.Any(volume => MountsVolume(v, volume)));
    }

    [Fact]
    public void The_service_dockerfile_publishes_the_host_its_build_argument_names_and_runs_as_the_app_user()
    {
        var text = File.ReadAllText(Path.Combine(Tools.RepoRoot, "services/Dockerfile"));
        AssertBuildsAndRunsAsAppUser(text);
        Assert.Contains("services/${SERVICE}/OneStop.${SERVICE}.Host/OneStop.${SERVICE}.Host.csproj -c Release -o /app", text);
        Assert.Contains("ENV ONESTOP_ENTRY_ASSEMBLY=OneStop.${SERVICE}.Host.dll", text);
        Assert.Contains("exec dotnet \\\"$ONESTOP_ENTRY_ASSEMBLY\\\"", text);
        foreach (var name in Apps.Services)
        {
            var service = Apps.Pascal(name);
            Assert.True(File.Exists(Path.Combine(Tools.RepoRoot, $"services/{service}/OneStop.{service}.Host/OneStop.{service}.Host.csproj")),
                $"SERVICE={service} names no host project");
        }
    }

    [Fact]
    public void The_gateway_dockerfile_publishes_the_gateway_and_runs_as_the_app_user()
    {
        var text = File.ReadAllText(Path.Combine(Tools.RepoRoot, Service("gateway")["build"]!["dockerfile"].Text()!));
        AssertBuildsAndRunsAsAppUser(text);
        Assert.Contains("/OneStop.Gateway.csproj -c Release -o /app", text);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"OneStop.Gateway.dll\"]", text);
    }

    private static void AssertBuildsAndRunsAsAppUser(string dockerfile)
    {
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0", dockerfile);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile);
        Assert.Contains("USER $APP_UID", dockerfile);
    }

    // The check talks HTTP through bash's /dev/tcp, as the images have no curl.
    private static void AssertReadyHealthcheck(JsonNode service)
    {
        var test = service["healthcheck"]?["test"].Items().Select(t => t.Text()).ToList() ?? [];
        Assert.Equal(["CMD", "bash", "-c"], test.Take(3));
        Assert.Contains("/dev/tcp/127.0.0.1/8080", test[3]);
        Assert.Contains("GET /health/ready HTTP/1.0", test[3]);
    }

    // docker-compose 1.29 prints short or long syntax depending on the entry; accept both.
    private static bool IsHostPort8080(JsonNode port) => IsHostPort(port, "8080", "8080");

    private static bool IsHostPort(JsonNode port, string published, string target) => port is JsonValue
        ? Regex.IsMatch(port.Text()!, $@"^((0\.0\.0\.0|127\.0\.0\.1):)?{published}:{target}(/tcp)?$")
        : port["published"].Text() == published && port["target"].Text() == target;

    private static (string? Source, string? Target) Mount(JsonNode mount)
    {
        if (mount is not JsonValue) return (mount["source"].Text(), mount["target"].Text());
        var parts = mount.Text()!.Split(':');
        return (parts[0], parts.ElementAtOrDefault(1));
    }

    private static bool MountsVolume(JsonNode mount, string volume) => mount is JsonValue
        ? mount.Text()!.StartsWith($"{volume}:", StringComparison.Ordinal)
        : mount["type"].Text() == "volume" && mount["source"].Text() == volume;

    internal static JsonNode Service(string name) =>
        Yaml.Parse(Config().Output)["services"]?[name] ?? throw new Xunit.Sdk.XunitException($"No compose service '{name}'.");

    // Run once per test run; a missing tool throws a skip that Lazy repeats for every test.
    private static readonly Lazy<ToolResult> ConfigResult = new(() => Compose(["config"], Secrets));

    private static ToolResult Config()
    {
        var result = ConfigResult.Value;
        Assert.True(result.ExitCode == 0, result.Describe());
        return result;
    }

    // An empty env file: a developer's own .env must not change what is tested.
    private static ToolResult Compose(string[] args, Dictionary<string, string?> environment)
    {
        var emptyEnvFile = Path.GetTempFileName();
        try
        {
            return Tools.Run("docker-compose", ["--env-file", emptyEnvFile, "-f", "docker-compose.yml", .. args], environment);
        }
        finally
        {
            File.Delete(emptyEnvFile);
        }
    }
}
