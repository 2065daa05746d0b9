using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneStop.Testing;

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

    private static readonly Dictionary<string, string?> LocalImages = new(Secrets)
    {
        ["ONESTOP_TEST_RABBITMQ_IMAGE"] = "localhost/test-rabbitmq",
        ["ONESTOP_TEST_POSTGRES_IMAGE"] = "localhost/test-postgres",
        ["ONESTOP_DOTNET_SDK_IMAGE"] = "localhost/test-sdk",
        ["ONESTOP_DOTNET_RUNTIME_IMAGE"] = "localhost/test-runtime-deps",
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
        Assert.Equal($"OneStop.{Apps.Pascal(name)}.Host", service["build"]?["args"]?["APP"].Text());

        var env = service["environment"]!;
        Assert.Contains($"Database=onestop_{name};", env[$"ConnectionStrings__{Apps.Pascal(name)}"].Text());
        Assert.Contains("Password=dummy-postgres-password", env[$"ConnectionStrings__{Apps.Pascal(name)}"].Text());
        Assert.Equal("rabbitmq", env["RabbitMq__Host"].Text());
        Assert.Equal("dummy-rabbitmq-password", env["RabbitMq__Password"].Text());
        Assert.Equal($"onestop-{name}", env["OTEL_SERVICE_NAME"].Text());
        Assert.Equal("http://otel-collector:4317", env["OTEL_EXPORTER_OTLP_ENDPOINT"].Text());
        Assert.Equal(Secrets["PERSONAL_DATA_KEY"], env["PersonalData__Key"].Text());
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

        Assert.Equal("http://keycloak:8080/", env["ReverseProxy__Clusters__identity__Destinations__primary__Address"].Text());
        Assert.StartsWith(env["ReverseProxy__Clusters__identity__Destinations__primary__Address"].Text()!, Keycloak.Authority);
        Assert.Equal("10", env["RateLimiting__Submission__PerUserPerMinute"].Text());
        Assert.Equal("60", env["RateLimiting__Submission__PerAddressPerMinute"].Text());
        // Failed sign-ins counted in one database by every replica.
        Assert.Equal("Host=postgres;Database=onestop_frontdoor;Username=onestop;Password=dummy-postgres-password",
            env["ConnectionStrings__FrontDoor"].Text());
        Assert.Null(env["PersonalData__Key"]);
        // The front door believes no client's X-Forwarded-For; the services behind it believe the gateway's.
        Assert.Null(env["ForwardedHeaders__TrustedNetworks__0"]);
        Assert.All(Apps.Services.Append("portal"), name => Assert.Equal("172.16.0.0/12", Service(name)["environment"]?["ForwardedHeaders__TrustedNetworks__1"].Text()));
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
    public void One_dockerfile_builds_every_app_self_contained_on_base_images_given_as_arguments_and_runs_it_as_the_app_user()
    {
        var text = File.ReadAllText(Path.Combine(Tools.RepoRoot, "Dockerfile"));

        Assert.Contains("ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0", text);
        Assert.Contains("ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0", text);
        Assert.Contains("FROM ${SDK_IMAGE} AS build", text);
        Assert.Contains("FROM ${RUNTIME_IMAGE}", text);
        Assert.Contains("-c Release -r linux-x64 --self-contained", text);
        Assert.Contains("USER $APP_UID", text);
        foreach (var name in Apps.ServicesAndGateway)
        {
            var service = Service(name);
            Assert.Null(service["build"]?["dockerfile"]);
            var app = service["build"]?["args"]?["APP"].Text();
            var project = name == "gateway" ? $"gateway/{app}/{app}.csproj" : $"services/{Apps.Pascal(name)}/{app}/{app}.csproj";
            Assert.True(File.Exists(Path.Combine(Tools.RepoRoot, project)), $"{name}: APP={app} names no host project");
        }
    }

    [Fact]
    public void The_local_images_override_leaves_out_what_cannot_be_built_here_and_puts_the_built_in_issuer_in_keycloaks_place()
    {
        var merged = Yaml.Parse(Compose(["-f", "docker-compose.local-images.yml", "config"], LocalImages).Output)["services"]!;

        foreach (var name in new[] { "keycloak", "otel-collector", "jaeger", "notification-dapr" })
            Assert.Equal(["registry"], merged[name]?["profiles"].Items().Select(p => p.Text()));
        Assert.Equal(LocalImages["ONESTOP_TEST_RABBITMQ_IMAGE"], merged["rabbitmq"]?["image"].Text());
        Assert.Equal(LocalImages["ONESTOP_TEST_POSTGRES_IMAGE"], merged["postgres"]?["image"].Text());
        var identity = merged["identity"]!;
        Assert.Equal("OneStop.Identity.Host", identity["build"]?["args"]?["APP"].Text());
        Assert.Equal("http://identity:8080/realms/onestop", identity["environment"]?["Identity__Issuer"].Text());
        foreach (var name in Apps.ServicesAndGateway)
        {
            Assert.Equal(LocalImages["ONESTOP_DOTNET_SDK_IMAGE"], merged[name]?["build"]?["args"]?["SDK_IMAGE"].Text());
            Assert.Equal(LocalImages["ONESTOP_DOTNET_RUNTIME_IMAGE"], merged[name]?["build"]?["args"]?["RUNTIME_IMAGE"].Text());
            Assert.Equal("http://identity:8080/realms/onestop", merged[name]?["environment"]?["Authentication__Authority"].Text());
            Assert.Null(merged[name]?["depends_on"]?["keycloak"]);
        }
        Assert.Equal("http://identity:8080/", merged["gateway"]?["environment"]?["ReverseProxy__Clusters__identity__Destinations__primary__Address"].Text());
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
    private static readonly Lazy<CommandResult> ConfigResult = new(() => Compose(["config"], Secrets));

    private static CommandResult Config()
    {
        var result = ConfigResult.Value;
        Assert.True(result.ExitCode == 0, result.Describe());
        return result;
    }

    // An empty env file: a developer's own .env must not change what is tested.
    private static CommandResult Compose(string[] args, Dictionary<string, string?> environment)
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
