using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OneStop.Testing;

namespace OneStop.DeploymentTests;

public sealed class KubernetesTests
{
    [Fact]
    public void Base_has_the_namespace_settings_and_puts_everything_in_it()
    {
        var resources = Build();

        Assert.Single(resources, r => Kind(r) == "Namespace" && Name(r) == "onestop");
        Assert.All(resources.Where(r => Kind(r) != "Namespace"), r => Assert.Equal("onestop", r["metadata"]?["namespace"].Text()));

        var config = Find(resources, "ConfigMap", "onestop-config")["data"];
        Assert.Equal("rabbitmq", config?["RabbitMq__Host"].Text());
        Assert.Equal("5672", config?["RabbitMq__Port"].Text());
        Assert.Equal("http://otel-collector:4317", config?["OTEL_EXPORTER_OTLP_ENDPOINT"].Text());
        Assert.Single(resources, r => Kind(r) == "Service" && Name(r) == "otel-collector");
    }

    // Through the shared ConfigMap, and overridden nowhere: every app trusts the same issuer and audience.
    [Theory]
    [MemberData(nameof(Apps.ServiceAndGatewayNames), MemberType = typeof(Apps))]
    public void App_trusts_tokens_from_keycloak(string name)
    {
        var resources = Build();
        var config = Find(resources, "ConfigMap", "onestop-config")["data"];
        var container = Container(Find(resources, "Deployment", name));

        Assert.Equal(Keycloak.Authority, config?["Authentication__Authority"].Text());
        Assert.Equal(Keycloak.Audience, config?["Authentication__Audience"].Text());
        Assert.Equal("false", config?["Authentication__RequireHttpsMetadata"].Text());
        Assert.Contains(container["envFrom"].Items(), e => e["configMapRef"]?["name"].Text() == "onestop-config");
        Assert.DoesNotContain(container["env"].Items(), e => e["name"].Text()!.StartsWith("Authentication__", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Apps.ServiceAndGatewayNames), MemberType = typeof(Apps))]
    public void App_deployment_is_probed_limited_and_runs_as_non_root(string name)
    {
        var deployment = Find(Build(), "Deployment", name);
        var pod = deployment["spec"]!["template"]!;
        var container = Assert.Single(pod["spec"]!["containers"].Items());

        foreach (var labels in new[] { deployment["metadata"]!["labels"], pod["metadata"]!["labels"] })
        {
            Assert.Equal(name, labels?["app.kubernetes.io/name"].Text());
            Assert.Equal("onestop", labels?["app.kubernetes.io/part-of"].Text());
        }
        Assert.Equal($"onestop/{name}:latest", container["image"].Text());
        Assert.Equal("8080", Assert.Single(container["ports"].Items())["containerPort"].Text());
        Assert.Equal("/health/live", container["livenessProbe"]?["httpGet"]?["path"].Text());
        Assert.Equal("/health/ready", container["readinessProbe"]?["httpGet"]?["path"].Text());
        Assert.Equal("true", pod["spec"]!["securityContext"]?["runAsNonRoot"].Text());
        AssertResources(container);
        Assert.Contains(container["envFrom"].Items(), e => e["configMapRef"]?["name"].Text() == "onestop-config");
    }

    [Theory]
    [MemberData(nameof(Apps.ServiceNames), MemberType = typeof(Apps))]
    public void Service_gets_its_database_and_bus_passwords_from_the_secret(string name)
    {
        var env = Container(Find(Build(), "Deployment", name))["env"].Items().ToList();

        Assert.Equal($"onestop-{name}", Env(env, "OTEL_SERVICE_NAME")["value"].Text());
        Assert.Equal("rabbitmq-password", SecretKey(Env(env, "RabbitMq__Password")));
        Assert.Equal("postgres-password", SecretKey(Env(env, "POSTGRES_PASSWORD")));
        Assert.Equal("personal-data-key", SecretKey(Env(env, "PersonalData__Key")));
        Assert.Equal(
            $"Host=$(POSTGRES_HOST);Database=onestop_{name};Username=$(POSTGRES_USER);Password=$(POSTGRES_PASSWORD)",
            Env(env, $"ConnectionStrings__{Apps.Pascal(name)}")["value"].Text());
    }

    [Fact]
    public void Portal_keeps_its_key_ring_in_its_own_database()
    {
        var env = Container(Find(Build(), "Deployment", "portal"))["env"].Items().ToList();

        Assert.Equal("postgres-password", SecretKey(Env(env, "POSTGRES_PASSWORD")));
        Assert.Equal("Host=$(POSTGRES_HOST);Database=onestop_portal;Username=$(POSTGRES_USER);Password=$(POSTGRES_PASSWORD)",
            Env(env, "ConnectionStrings__Portal")["value"].Text());
    }

    [Theory]
    [MemberData(nameof(Apps.ServiceAndGatewayNames), MemberType = typeof(Apps))]
    public void App_has_a_cluster_service_from_port_80_to_8080(string name)
    {
        var resources = Build();
        var service = Find(resources, "Service", name);
        var container = Container(Find(resources, "Deployment", name));

        Assert.Equal("ClusterIP", service["spec"]?["type"].Text());
        Assert.Equal(name, service["spec"]?["selector"]?["app.kubernetes.io/name"].Text());
        var port = Assert.Single(service["spec"]!["ports"].Items());
        Assert.Equal("80", port["port"].Text());
        var target = port["targetPort"].Text();
        Assert.Contains(container["ports"].Items(), p => p["containerPort"].Text() == "8080" && (target == "8080" || p["name"].Text() == target));
    }

    [Fact]
    public void Gateway_routes_every_cluster_to_its_service()
    {
        var resources = Build();
        var env = Container(Find(resources, "Deployment", "gateway"))["env"].Items().ToList();

        Assert.Equal("onestop-gateway", Env(env, "OTEL_SERVICE_NAME")["value"].Text());
        foreach (var name in Apps.Services)
        {
            Assert.Equal($"http://{name}/", Env(env, $"ReverseProxy__Clusters__{name}__Destinations__primary__Address")["value"].Text());
            Find(resources, "Service", name);
        }
    }

    [Fact]
    public void Gateway_forwards_realms_to_keycloak_and_limits_submissions()
    {
        var resources = Build();
        var env = Container(Find(resources, "Deployment", "gateway"))["env"].Items().ToList();
        var identity = new Uri(Env(env, "ReverseProxy__Clusters__identity__Destinations__primary__Address")["value"].Text()!);
        var service = Find(resources, "Service", identity.Host);

        // The gateway must reach Keycloak under the authority's host and port, or tokens name another issuer.
        Assert.Equal("http://keycloak:8080/", identity.ToString());
        Assert.Equal(new Uri(Keycloak.Authority).Authority, identity.Authority);
        Assert.Contains(service["spec"]!["ports"].Items(), p => p["port"].Text() == identity.Port.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("10", Env(env, "RateLimiting__Submission__PerUserPerMinute")["value"].Text());
        Assert.Equal("60", Env(env, "RateLimiting__Submission__PerAddressPerMinute")["value"].Text());
        Assert.DoesNotContain(env, e => e["name"].Text() == "PersonalData__Key");
    }

    [Fact]
    public void Keycloak_imports_the_realm_with_secrets_from_the_secret_and_is_probed_on_its_management_port()
    {
        var resources = Build();
        var deployment = Find(resources, "Deployment", "keycloak");
        var pod = deployment["spec"]!["template"]!["spec"]!;
        var container = Container(deployment);
        var env = container["env"].Items().ToList();

        Assert.Equal("1", deployment["spec"]!["replicas"].Text());
        Assert.Equal("Recreate", deployment["spec"]!["strategy"]?["type"].Text());
        Assert.Equal(Keycloak.Image, container["image"].Text());
        Assert.Equal(["start-dev", "--import-realm"], container["args"].Items().Select(a => a.Text()));
        Assert.Equal("keycloak-admin-password", SecretKey(Env(env, "KC_BOOTSTRAP_ADMIN_PASSWORD")));
        Assert.Equal("demo-password", SecretKey(Env(env, Keycloak.DemoPasswordVariable)));
        Keycloak.AssertSettings(env.ToDictionary(e => e["name"].Text()!, e => e["value"].Text()));
        Assert.Equal("true", pod["securityContext"]?["runAsNonRoot"].Text());

        var management = container["ports"].Items().Single(p => p["containerPort"].Text() == "9000")["name"].Text();
        foreach (var (probe, path) in new[] { ("startupProbe", "/health/started"), ("livenessProbe", "/health/live"), ("readinessProbe", "/health/ready") })
        {
            Assert.Equal(path, container[probe]?["httpGet"]?["path"].Text());
            Assert.Contains(container[probe]?["httpGet"]?["port"].Text(), new[] { "9000", management });
        }

        var mount = container["volumeMounts"].Items().Single(m => m["mountPath"].Text() == Keycloak.ImportDirectory);
        var volume = pod["volumes"].Items().Single(v => v["name"].Text() == mount["name"].Text());
        var realm = Find(resources, "ConfigMap", volume["configMap"]!["name"].Text()!)["data"]!;
        Assert.StartsWith("keycloak-realm", volume["configMap"]!["name"].Text());
        Assert.Equal(File.ReadAllText(Path.Combine(Tools.RepoRoot, Keycloak.RealmFile)), realm["onestop-realm.json"].Text());
    }

    [Fact]
    public void The_base_keeps_an_identical_copy_of_the_realm_file()
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(Tools.RepoRoot, Keycloak.RealmFile)),
            File.ReadAllText(Path.Combine(Tools.RepoRoot, "k8s", "base", "keycloak-onestop-realm.json")));
    }

    [Fact]
    public void Ingress_sends_onestop_local_to_the_gateway()
    {
        var spec = Find(Build(), "Ingress", "gateway")["spec"]!;

        Assert.Equal("nginx", spec["ingressClassName"].Text());
        var rule = Assert.Single(spec["rules"].Items());
        Assert.Equal("onestop.local", rule["host"].Text());
        var path = Assert.Single(rule["http"]!["paths"].Items());
        Assert.Equal("/", path["path"].Text());
        Assert.Equal("gateway", path["backend"]?["service"]?["name"].Text());
    }

    [Theory]
    [InlineData("rabbitmq", "5672")]
    [InlineData("postgres", "5432")]
    public void Data_store_is_a_stateful_set_with_storage_and_a_service(string name, string port)
    {
        var resources = Build();
        var statefulSet = Find(resources, "StatefulSet", name);
        var service = Find(resources, "Service", name);

        Assert.NotEmpty(statefulSet["spec"]!["volumeClaimTemplates"].Items());
        Assert.Equal(name, service["spec"]?["selector"]?["app.kubernetes.io/name"].Text());
        Assert.Contains(service["spec"]!["ports"].Items(), p => p["port"].Text() == port);
    }

    [Fact]
    public void Postgres_creates_the_same_databases_as_compose()
    {
        var resources = Build();
        var volume = Find(resources, "StatefulSet", "postgres")["spec"]!["template"]!["spec"]!["volumes"].Items()
            .Single(v => v["configMap"]?["name"].Text()?.StartsWith("postgres-init") == true);
        var script = Assert.Single(Find(resources, "ConfigMap", volume["configMap"]!["name"].Text()!)["data"]!.AsObject()).Value.Text();
        var composeScript = File.ReadAllText(Path.Combine(Tools.RepoRoot, "deploy", "postgres", "init-databases.sql"));

        Assert.Equal(composeScript, script);
        var databases = Regex.Matches(script!, @"CREATE DATABASE (\w+);").Select(m => m.Groups[1].Value);
        Assert.Equal(Apps.WithDatabases.Select(s => $"onestop_{s}").Order(), databases.Order());
    }

    [Fact]
    public void Every_container_has_probes_and_resource_requests_and_limits()
    {
        var workloads = Build().Where(r => Kind(r) is "Deployment" or "StatefulSet").ToList();

        Assert.NotEmpty(workloads);
        foreach (var workload in workloads)
        {
            foreach (var container in workload["spec"]!["template"]!["spec"]!["containers"].Items())
            {
                Assert.True(container["livenessProbe"] is not null, $"{Name(workload)} has no livenessProbe");
                Assert.True(container["readinessProbe"] is not null, $"{Name(workload)} has no readinessProbe");
                AssertResources(container);
            }
        }
    }

    [Fact]
    public void Secrets_are_referenced_not_committed_and_every_key_is_documented()
    {
        var resources = Build();
        var readme = File.ReadAllText(Path.Combine(Tools.RepoRoot, "k8s", "README.md"));
        var secretRefs = resources.SelectMany(Containers).SelectMany(c => c["env"].Items())
            .Select(e => e["valueFrom"]?["secretKeyRef"]).OfType<JsonNode>().ToList();

        Assert.DoesNotContain(resources, r => Kind(r) == "Secret");
        Assert.NotEmpty(secretRefs);
        Assert.All(secretRefs, r => Assert.Equal("onestop-secrets", r["name"].Text()));
        // Every key the pods need is in the README's create command; an optional one (a feature switched on by
        // configuration) at least in its table of keys.
        Assert.All(secretRefs, r => Assert.Contains(
            r["optional"].Text() == "true" ? $"| `{r["key"].Text()}` (optional) |" : $"--from-literal={r["key"].Text()}=", readme));
    }

    [Fact]
    public void Every_config_map_key_referenced_exists()
    {
        var resources = Build();
        var config = Find(resources, "ConfigMap", "onestop-config")["data"].Keys().ToList();
        var keyRefs = resources.SelectMany(Containers).SelectMany(c => c["env"].Items())
            .Select(e => e["valueFrom"]?["configMapKeyRef"]).OfType<JsonNode>();

        Assert.All(keyRefs, r => Assert.Contains(r["key"].Text(), config));
    }

    private static void AssertResources(JsonNode container)
    {
        foreach (var bound in new[] { "requests", "limits" })
        {
            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.True(container["resources"]?[bound]?[resource] is not null, $"{container["name"].Text()} has no {bound}.{resource}");
            }
        }
    }

    private static string? SecretKey(JsonNode env)
    {
        Assert.Equal("onestop-secrets", env["valueFrom"]?["secretKeyRef"]?["name"].Text());
        return env["valueFrom"]?["secretKeyRef"]?["key"].Text();
    }

    private static JsonNode Env(IEnumerable<JsonNode> env, string name) =>
        env.SingleOrDefault(e => e["name"].Text() == name) ?? throw new Xunit.Sdk.XunitException($"No env var {name}.");

    private static JsonNode Container(JsonNode workload) => Assert.Single(Containers(workload));

    private static IEnumerable<JsonNode> Containers(JsonNode resource) =>
        resource["spec"]?["template"]?["spec"]?["containers"].Items() ?? [];

    private static JsonNode Find(IEnumerable<JsonNode> resources, string kind, string name) =>
        resources.SingleOrDefault(r => Kind(r) == kind && Name(r) == name)
            ?? throw new Xunit.Sdk.XunitException($"No {kind} '{name}' in k8s/base.");

    private static string? Kind(JsonNode resource) => resource["kind"].Text();

    private static string? Name(JsonNode resource) => resource["metadata"]?["name"].Text();

    // Run once per test run; a missing tool throws a skip that Lazy repeats for every test.
    private static readonly Lazy<CommandResult> BuildResult = new(() => Tools.Run("kubectl", ["kustomize", "k8s/base"]));

    internal static List<JsonNode> Build()
    {
        var result = BuildResult.Value;
        Assert.True(result.ExitCode == 0, result.Describe());
        return Yaml.ParseDocuments(result.Output);
    }
}
