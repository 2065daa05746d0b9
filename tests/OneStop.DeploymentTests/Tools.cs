using System.ComponentModel;
using OneStop.Testing;

namespace OneStop.DeploymentTests;

/// <summary>Runs the deployment tools (docker-compose, kubectl, yamllint) in the repository root.</summary>
public static class Tools
{
    public static readonly string RepoRoot = Command.RepositoryRoot;

    /// <summary>Runs a tool; a missing tool skips the test, or fails it when ONESTOP_REQUIRE_INFRA=1.</summary>
    public static CommandResult Run(string tool, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        try
        {
            return Command.Run(tool, args, limit, RepoRoot, environment);
        }
        catch (Win32Exception)
        {
            SkipUnlessRequired($"'{tool}' is not installed (apt-get install docker-compose kubectl yamllint).");
            throw; // unreachable: SkipUnlessRequired always throws
        }
        catch (TimeoutException late)
        {
            Assert.Fail(late.Message);
            throw;
        }
    }

    public static void SkipUnlessRequired(string reason)
    {
        if (Environment.GetEnvironmentVariable("ONESTOP_REQUIRE_INFRA") == "1")
            Assert.Fail($"{reason} ONESTOP_REQUIRE_INFRA=1 makes this a failure.");
        Assert.Skip(reason);
    }
}
