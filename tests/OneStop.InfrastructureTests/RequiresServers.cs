using OneStop.Testing;

namespace OneStop.InfrastructureTests;

public static class RequiresServers
{
    /// <summary>The shared test servers; skips with the reason when they cannot start, and in CI (ONESTOP_REQUIRE_INFRA=1) fails.</summary>
    public static Task<TestServers> StartAsync() => OrSkipAsync(TestServers.SharedAsync);

    /// <summary>As <see cref="StartAsync"/>, with a broker of the test's own.</summary>
    public static Task<TestServers> WithOwnBrokerAsync() => OrSkipAsync(TestServers.WithOwnBrokerAsync);

    private static async Task<TestServers> OrSkipAsync(Func<Task<TestServers>> start)
    {
        try
        {
            return await start();
        }
        catch (ServersUnavailableException unavailable)
        {
            if (TestServers.Required)
                Assert.Fail($"ONESTOP_REQUIRE_INFRA=1 but {unavailable.Message}");
            Assert.Skip(unavailable.Message);
            throw;
        }
    }
}
