using OneStop.Chaos;

namespace OneStop.DeploymentTests;

/// <summary>
/// The chaos run's short profile (README, Reliability) against the compose deployment: RabbitMQ, PostgreSQL, intake, a
/// utility, notification and the gateway killed in turn under steady load, and nothing lost, duplicated or stuck.
/// </summary>
[Collection(ComposeDeployment.Collection)]
public sealed class ChaosTests(ComposeDeployment deployment)
{
    [Fact]
    public async Task Under_steady_load_every_kill_and_restart_loses_duplicates_and_strands_nothing()
    {
        var options = new ChaosOptions { Targets = ChaosOptions.Short, Rate = 1, Warmup = TimeSpan.FromSeconds(10), Spacing = TimeSpan.FromSeconds(25) };
        var report = new StringWriter();

        var result = await new ChaosRun(deployment.Stack, options, report).RunAsync(TestContext.Current.CancellationToken);

        ChaosReport.Write(result, report);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(result.Verdict.Acknowledged > 0, report.ToString());
        Assert.True(result.Passed, $"{report}\n{deployment.Logs()}");
    }
}
