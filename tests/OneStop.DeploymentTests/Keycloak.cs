namespace OneStop.DeploymentTests;

/// <summary>What compose and Kubernetes agree on about the OpenID Connect provider.</summary>
public static class Keycloak
{
    public const string Image = "quay.io/keycloak/keycloak:26.0";

    /// <summary>Keycloak takes the issuer from the Host header: the services, and the gateway forwarding with Keycloak's host, use this one.</summary>
    public const string Authority = "http://keycloak:8080/realms/onestop";

    public const string Audience = "onestop";

    public const string ImportDirectory = "/opt/keycloak/data/import";

    public const string RealmFile = "deploy/keycloak/onestop-realm.json";

    /// <summary>The environment variable Keycloak substitutes for the placeholder in the realm file.</summary>
    public const string DemoPasswordVariable = "ONESTOP_DEMO_PASSWORD";

    public const string DemoPasswordPlaceholder = "${" + DemoPasswordVariable + "}";

    /// <summary>A fixed hostname or trusted proxy headers would change the issuer away from <see cref="Authority"/>.</summary>
    public static void AssertSettings(IReadOnlyDictionary<string, string?> env)
    {
        Assert.Equal("admin", env.GetValueOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME"));
        Assert.Equal("true", env.GetValueOrDefault("KC_HEALTH_ENABLED"));
        Assert.Equal("true", env.GetValueOrDefault("KC_HTTP_ENABLED"));
        Assert.Equal("false", env.GetValueOrDefault("KC_HOSTNAME_STRICT"));
        Assert.DoesNotContain("KC_HOSTNAME", env.Keys);
        Assert.DoesNotContain("KC_HOSTNAME_URL", env.Keys);
        Assert.DoesNotContain("KC_PROXY", env.Keys);
        Assert.DoesNotContain("KC_PROXY_HEADERS", env.Keys);
    }
}
