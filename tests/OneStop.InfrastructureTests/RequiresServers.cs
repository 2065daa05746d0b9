using OneStop.Testing;

namespace OneStop.InfrastructureTests;

public static class RequiresServers
{
    /// <summary>Skips with the reason when PostgreSQL or RabbitMQ is missing; in CI (ONESTOP_REQUIRE_INFRA=1) fails instead.</summary>
    public static void Check()
    {
        if (TestServers.UnavailableReason is not { } reason)
            return;
        if (TestServers.Required)
            Assert.Fail($"ONESTOP_REQUIRE_INFRA=1 but {reason}");
        Assert.Skip(reason);
    }
}
