using System.Text.Json.Nodes;

namespace OneStop.DeploymentTests;

/// <summary>
/// The notification service's Dapr sidecar and output bindings, in Kubernetes and in docker-compose: the same three
/// bindings under the names the service uses, for the notification service alone, every credential by reference.
/// </summary>
public sealed class DaprTests
{
    private static readonly Dictionary<string, string> Bindings = new()
    {
        ["sms"] = "bindings.twilio.sms",
        ["email"] = "bindings.smtp",
        ["dingtalk"] = "bindings.dingtalk.webhook",
    };

    // Metadata that is a credential or a secret address: only ever by reference.
    private static readonly string[] Credentials = ["accountSid", "authToken", "user", "password", "url", "secret"];

    [Fact]
    public void Kubernetes_injects_a_sidecar_into_the_notification_pod_only()
    {
        var resources = KubernetesTests.Build();
        var deployments = resources.Where(r => r["kind"].Text() == "Deployment").ToList();

        var notification = deployments.Single(d => d["metadata"]!["name"].Text() == "notification");
        var annotations = notification["spec"]!["template"]!["metadata"]!["annotations"];
        Assert.Equal(("true", "notification", "8080"),
            (annotations?["dapr.io/enabled"].Text(), annotations?["dapr.io/app-id"].Text(), annotations?["dapr.io/app-port"].Text()));
        Assert.All(deployments.Where(d => d != notification), d => Assert.Null(d["spec"]!["template"]!["metadata"]!["annotations"]?["dapr.io/enabled"]));
    }

    [Fact]
    public void Kubernetes_has_the_three_bindings_with_credentials_from_the_secret_and_documented()
    {
        var components = KubernetesTests.Build().Where(r => r["kind"].Text() == "Component").ToList();
        var readme = File.ReadAllText(Path.Combine(Tools.RepoRoot, "k8s", "README.md"));

        AssertBindings(components, "kubernetes", reference =>
        {
            Assert.Equal("onestop-secrets", reference["name"].Text());
            Assert.Contains($"--from-literal={reference["key"].Text()}=", readme);
        });
    }

    [Fact]
    public void Compose_runs_the_sidecar_in_the_notification_services_network_with_the_same_bindings_from_the_environment()
    {
        var sidecar = ComposeTests.Service("notification-dapr");
        var command = sidecar["command"].Items().Select(c => c.Text()).ToList();
        var components = Directory.GetFiles(Path.Combine(Tools.RepoRoot, "deploy", "dapr", "components"), "*.yaml")
            .Select(file => Yaml.Parse(File.ReadAllText(file))).ToList();

        Assert.Equal("service:notification", sidecar["network_mode"].Text());
        Assert.Equal("notification", command[command.IndexOf("--app-id") + 1]);
        Assert.Equal("/components", command[command.IndexOf("--resources-path") + 1]);
        Assert.Contains(sidecar["volumes"].Items(), v => v is JsonValue
            ? v.Text()!.EndsWith("/deploy/dapr/components:/components:ro", StringComparison.Ordinal)
            : v["source"].Text()!.EndsWith("/deploy/dapr/components", StringComparison.Ordinal) && v["target"].Text() == "/components");
        Assert.Equal($"http://localhost:{command[command.IndexOf("--dapr-grpc-port") + 1]}",
            ComposeTests.Service("notification")["environment"]!["DAPR_GRPC_ENDPOINT"].Text());
        Assert.Single(components, c => c["metadata"]!["name"].Text() == "envstore" && c["spec"]!["type"].Text() == "secretstores.local.env");
        AssertBindings(components.Where(c => c["spec"]!["type"].Text()!.StartsWith("bindings.")).ToList(), "envstore",
            reference => Assert.True(sidecar["environment"]?[reference["key"].Text()!] is not null, $"the sidecar is not given {reference["key"].Text()}"));
    }

    private static void AssertBindings(List<JsonNode> components, string secretStore, Action<JsonNode> assertReference)
    {
        Assert.Equal(Bindings.OrderBy(b => b.Key), components.Select(c => KeyValuePair.Create(c["metadata"]!["name"].Text()!, c["spec"]!["type"].Text()!)).OrderBy(b => b.Key));
        foreach (var component in components)
        {
            Assert.Equal(["notification"], component["scopes"].Items().Select(s => s.Text()));
            Assert.Equal(secretStore, component["auth"]?["secretStore"].Text());
            foreach (var item in component["spec"]!["metadata"].Items().Where(i => Credentials.Contains(i["name"].Text())))
            {
                Assert.Null(item["value"]);
                assertReference(item["secretKeyRef"] ?? throw new Xunit.Sdk.XunitException($"{component["metadata"]!["name"].Text()}: {item["name"].Text()} is not a secret reference"));
            }
        }
    }
}
